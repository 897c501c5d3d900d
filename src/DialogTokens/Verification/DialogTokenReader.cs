using System.Text.Json;

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

    internal static DialogTokenClaims? TryMaterialize(ReadOnlySpan<byte> payload, out DialogTokenError error, out string? reason)
    {
        var scratch = new byte[payload.Length];
        error = PayloadReader.Read(payload, scratch, out var facts, out reason);
        if (error != DialogTokenError.None)
        {
            return null;
        }

        return new DialogTokenClaims
        {
            JwtId = Get(Claim.JwtId, facts, payload, scratch)!,
            AuthenticatedParty = Get(Claim.AuthenticatedParty, facts, payload, scratch)!,
            SystemUserId = Get(Claim.SystemUserId, facts, payload, scratch),
            SystemUserOrganization = Get(Claim.SystemUserOrganization, facts, payload, scratch),
            SupplierParty = Get(Claim.SupplierParty, facts, payload, scratch),
            AuthenticationLevel = facts.AuthenticationLevel,
            Party = Get(Claim.Party, facts, payload, scratch)!,
            ServiceResource = Get(Claim.ServiceResource, facts, payload, scratch)!,
            DialogId = facts.DialogId,
            Actions = AuthorizedActions.Parse(Get(Claim.Actions, facts, payload, scratch)!),
            Issuer = Get(Claim.Issuer, facts, payload, scratch)!,
            IssuedAt = DateTimeOffset.FromUnixTimeSeconds(facts.IssuedAt),
            NotBefore = DateTimeOffset.FromUnixTimeSeconds(facts.NotBefore),
            ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(facts.ExpiresAt),
            AdditionalClaims = ReadAdditional(payload).AsReadOnly(),
        };
    }

    private static string? Get(Claim claim, in PayloadFacts facts, ReadOnlySpan<byte> payload, ReadOnlySpan<byte> scratch) =>
        facts.Has(claim) ? System.Text.Encoding.UTF8.GetString(facts.Get(claim, payload, scratch)) : null;

    private static Dictionary<string, string> ReadAdditional(ReadOnlySpan<byte> payload)
    {
        var additional = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(payload);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var known = PayloadReader.Identify(reader.ValueSpan) is not null;
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (!known)
            {
                additional[name] = System.Text.Encoding.UTF8.GetString(payload[start..((int)reader.BytesConsumed)]);
            }
        }

        return additional;
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
