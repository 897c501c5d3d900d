using System.Buffers;
using System.Buffers.Text;

namespace DialogTokens;

/// <summary>Writes a compact JWS (RFC 7515 §7.1): base64url header, payload and Ed25519 signature, joined by dots.</summary>
internal static class CompactJwsWriter
{
    private const int SignatureLength = 64;
    private const int StackLimit = 2048;

    /// <summary>Signs <paramref name="payloadJson"/> under an already-encoded header and returns the token.</summary>
    public static string Write(ReadOnlySpan<byte> encodedHeader, ReadOnlySpan<byte> payloadJson, DialogTokenSigningKey key)
    {
        var signingInputLength = encodedHeader.Length + 1 + Base64Url.GetEncodedLength(payloadJson.Length);
        var tokenLength = signingInputLength + 1 + Base64Url.GetEncodedLength(SignatureLength);

        byte[]? rentedBytes = null;
        char[]? rentedChars = null;
        var signingInput = signingInputLength <= StackLimit
            ? stackalloc byte[signingInputLength]
            : (rentedBytes = ArrayPool<byte>.Shared.Rent(signingInputLength)).AsSpan(0, signingInputLength);
        var token = tokenLength <= StackLimit
            ? stackalloc char[tokenLength]
            : (rentedChars = ArrayPool<char>.Shared.Rent(tokenLength)).AsSpan(0, tokenLength);
        try
        {
            encodedHeader.CopyTo(signingInput);
            signingInput[encodedHeader.Length] = (byte)'.';
            Base64Url.EncodeToUtf8(payloadJson, signingInput[(encodedHeader.Length + 1)..]);

            Span<byte> signature = stackalloc byte[SignatureLength];
            key.Sign(signingInput, signature);

            // The signing input is ASCII (RFC 7515 §5.1): each byte is one character.
            System.Text.Ascii.ToUtf16(signingInput, token, out _);

            token[signingInputLength] = '.';
            Base64Url.EncodeToChars(signature, token[(signingInputLength + 1)..]);
            return new string(token);
        }
        finally
        {
            if (rentedBytes is not null)
            {
                ArrayPool<byte>.Shared.Return(rentedBytes);
            }

            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }
        }
    }
}
