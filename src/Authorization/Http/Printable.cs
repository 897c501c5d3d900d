namespace DialogTokens.Authorization;

/// <summary>Quotes untrusted text in messages: printable ASCII only, shortened.</summary>
internal static class Printable
{
    /// <summary>At most <paramref name="max"/> characters; anything but printable ASCII becomes '?'; "…" marks a cut.</summary>
    public static string Shorten(string? text, int max = 40)
    {
        if (text is null)
        {
            return "";
        }

        var cut = text.Length > max;
        var span = cut ? text.AsSpan(0, max) : text.AsSpan();
        return string.Create(span.Length + (cut ? 1 : 0), (text, cut, span.Length), static (chars, state) =>
        {
            for (var i = 0; i < state.Length; i++)
            {
                var c = state.text[i];
                chars[i] = c is >= ' ' and <= '~' ? c : '?';
            }

            if (state.cut)
            {
                chars[^1] = '…';
            }
        });
    }
}
