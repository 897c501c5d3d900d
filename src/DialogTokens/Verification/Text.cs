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
}
