using System.Buffers.Text;

namespace DialogTokens;

/// <summary>
/// Base64url without padding (RFC 7515 §2), read strictly: only the URL-safe alphabet, no padding, no white space,
/// and zero unused bits, so that every byte string has exactly one encoding and a token cannot be re-spelt.
/// </summary>
internal static class Base64UrlCanonical
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static readonly System.Buffers.SearchValues<char> Valid = System.Buffers.SearchValues.Create(Alphabet);

    /// <summary>Whether <paramref name="encoded"/> is the one canonical encoding of some bytes.</summary>
    public static bool IsCanonical(ReadOnlySpan<char> encoded)
    {
        if (encoded.ContainsAnyExcept(Valid))
        {
            return false;
        }

        // Length 1 mod 4 can encode nothing; a final character of a 2- or 3-character group carries 4 or 2
        // unused bits that must be zero (RFC 4648 §3.5).
        var final = encoded.IsEmpty ? 'A' : encoded[^1];
        return (encoded.Length % 4) switch
        {
            1 => false,
            2 => (Alphabet.IndexOf(final, StringComparison.Ordinal) & 0x0F) == 0,
            3 => (Alphabet.IndexOf(final, StringComparison.Ordinal) & 0x03) == 0,
            _ => true,
        };
    }

    /// <summary>Decodes a canonical encoding; returns the number of bytes written, or -1 when not canonical.</summary>
    public static int Decode(ReadOnlySpan<char> encoded, Span<byte> destination)
    {
        if (!IsCanonical(encoded) || destination.Length < Base64Url.GetMaxDecodedLength(encoded.Length))
        {
            return -1;
        }

        return Base64Url.TryDecodeFromChars(encoded, destination, out var written) ? written : -1;
    }

    /// <summary>The number of bytes that <paramref name="encodedLength"/> characters decode to, at most.</summary>
    public static int MaxDecodedLength(int encodedLength) => Base64Url.GetMaxDecodedLength(encodedLength);

    /// <summary>Encodes without padding.</summary>
    public static string Encode(ReadOnlySpan<byte> data) => Base64Url.EncodeToString(data);

    /// <summary>Encodes without padding into <paramref name="destination"/>; returns the number of characters written.</summary>
    public static int Encode(ReadOnlySpan<byte> data, Span<char> destination) => Base64Url.EncodeToChars(data, destination);
}
