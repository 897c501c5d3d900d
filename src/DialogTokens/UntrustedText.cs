using System.Text;

namespace DialogTokens;

/// <summary>
/// The one way this project quotes text it did not write (a claim, a header, a request value, an issuer's answer) in an
/// error message or a log: printable ASCII only, anything else becomes <c>?</c>, at most a few characters, <c>...</c>
/// marking a cut. So no message can carry a control sequence, a forged log line or a whole token.
/// </summary>
public static class UntrustedText
{
    /// <summary>The default number of characters kept.</summary>
    public const int DefaultMaxLength = 40;

    /// <summary>At most <paramref name="maxLength"/> characters of <paramref name="text"/> (empty for <see langword="null"/>), made printable.</summary>
    public static string Quote(string? text, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        text ??= "";
        var kept = text.AsSpan(0, Math.Min(text.Length, maxLength));
        var builder = new StringBuilder(kept.Length + 3);
        foreach (var c in kept)
        {
            builder.Append(c is >= ' ' and < '\x7f' ? c : '?');
        }

        return (text.Length > maxLength ? builder.Append("...") : builder).ToString();
    }

    /// <summary>As <see cref="Quote(string?, int)"/> for raw bytes (UTF-8 or not): one <c>?</c> per byte that is not printable ASCII.</summary>
    public static string Quote(ReadOnlySpan<byte> bytes, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        var kept = bytes[..Math.Min(bytes.Length, maxLength)];
        var builder = new StringBuilder(kept.Length + 3);
        foreach (var b in kept)
        {
            builder.Append(b is >= 0x20 and < 0x7f ? (char)b : '?');
        }

        return (bytes.Length > maxLength ? builder.Append("...") : builder).ToString();
    }
}
