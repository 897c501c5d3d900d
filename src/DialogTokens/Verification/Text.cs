using System.Text;

namespace DialogTokens;

/// <summary>Safe quoting of untrusted bytes in error reasons: short, printable ASCII only, never a whole token.</summary>
internal static class Text
{
    private const int MaxQuoted = 40;

    public static string Quote(ReadOnlySpan<byte> utf8)
    {
        var builder = new StringBuilder(Math.Min(utf8.Length, MaxQuoted) + 3);
        foreach (var b in utf8[..Math.Min(utf8.Length, MaxQuoted)])
        {
            builder.Append(b is >= 0x20 and < 0x7f ? (char)b : '?');
        }

        if (utf8.Length > MaxQuoted)
        {
            builder.Append("...");
        }

        return builder.ToString();
    }

    /// <summary>As above for text an issuer sent (a URI, a reason phrase): printable ASCII, at most <paramref name="max"/> characters.</summary>
    public static string Quote(string? text, int max = MaxQuoted)
    {
        text ??= "";
        var builder = new StringBuilder(Math.Min(text.Length, max) + 3);
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, max)))
        {
            builder.Append(c is >= ' ' and < '\x7f' ? c : '?');
        }

        if (text.Length > max)
        {
            builder.Append("...");
        }

        return builder.ToString();
    }
}
