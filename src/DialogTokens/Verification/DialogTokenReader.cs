namespace DialogTokens;

/// <summary>
/// Reads a dialog token <em>without verifying its signature</em>: for inspection and diagnostics only. To accept a
/// token, use <see cref="DialogTokenVerifier"/>.
/// </summary>
public static class DialogTokenReader
{
    private const int MaxLength = 65_536;

    /// <summary>Decodes the header and the claims; reports the first structural problem it finds.</summary>
    public static DialogTokenReadResult Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return new DialogTokenReadResult(DialogTokenError.TokenMissing, "No token was given.");
        }

        if (token.Length > MaxLength)
        {
            return new DialogTokenReadResult(DialogTokenError.TokenTooLarge, $"The token is {token.Length} characters; at most {MaxLength} are read.");
        }

        if (!CompactJws.TrySplit(token, out var jws))
        {
            return new DialogTokenReadResult(DialogTokenError.TokenMalformed, "A token is three base64url parts separated by two dots.");
        }

        var header = new byte[Base64UrlCanonical.MaxDecodedLength(jws.Header.Length)];
        var headerLength = Base64UrlCanonical.Decode(jws.Header, header);
        var payload = new byte[Base64UrlCanonical.MaxDecodedLength(jws.Payload.Length)];
        var payloadLength = Base64UrlCanonical.Decode(jws.Payload, payload);
        if (headerLength < 0 || payloadLength < 0 || !Base64UrlCanonical.IsCanonical(jws.Signature))
        {
            return new DialogTokenReadResult(DialogTokenError.TokenEncodingInvalid, "A part of the token is not canonical base64url (no padding, no '+' or '/').");
        }

        var headerJson = System.Text.Encoding.UTF8.GetString(header, 0, headerLength);
        var payloadJson = System.Text.Encoding.UTF8.GetString(payload, 0, payloadLength);
        Span<byte> keyId = stackalloc byte[DialogTokenKeyId.MaxLength];
        var error = HeaderReader.Read(header.AsSpan(0, headerLength), keyId, out var keyIdLength, out var reason);
        var keyIdText = keyIdLength > 0 ? System.Text.Encoding.UTF8.GetString(keyId[..keyIdLength]) : null;

        var claims = TryMaterialize(payload.AsSpan(0, payloadLength), out var payloadError, out var payloadReason);
        if (error == DialogTokenError.None)
        {
            (error, reason) = (payloadError, payloadReason);
        }

        return new DialogTokenReadResult(error, reason, headerJson, payloadJson, keyIdText, claims);
    }

    private static DialogTokenClaims? TryMaterialize(ReadOnlySpan<byte> payload, out DialogTokenError error, out string? reason)
    {
        error = PayloadReader.Read(payload, new byte[payload.Length], ExpectedClaims.None, out var claims, out reason);
        return claims;
    }
}

/// <summary>What <see cref="DialogTokenReader"/> found. Nothing here is verified.</summary>
public sealed class DialogTokenReadResult
{
    internal DialogTokenReadResult(
        DialogTokenError error, string? reason, string? headerJson = null, string? payloadJson = null,
        string? keyId = null, DialogTokenClaims? claims = null)
    {
        Error = error;
        ErrorDescription = reason;
        HeaderJson = headerJson;
        PayloadJson = payloadJson;
        KeyId = keyId;
        Claims = claims;
    }

    /// <summary>The first structural problem, or <see cref="DialogTokenError.None"/>.</summary>
    public DialogTokenError Error { get; }

    /// <summary>What was wrong, in one line.</summary>
    public string? ErrorDescription { get; }

    /// <summary>The decoded header, when it could be decoded.</summary>
    public string? HeaderJson { get; }

    /// <summary>The decoded payload, when it could be decoded.</summary>
    public string? PayloadJson { get; }

    /// <summary>The header's <c>kid</c>, when present.</summary>
    public string? KeyId { get; }

    /// <summary>The claims, when the payload is a well-formed dialog token payload.</summary>
    public DialogTokenClaims? Claims { get; }
}
