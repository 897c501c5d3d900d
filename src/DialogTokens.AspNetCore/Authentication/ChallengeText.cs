namespace DialogTokens.AspNetCore;

/// <summary>Makes text safe for a <c>WWW-Authenticate</c> quoted-string parameter.</summary>
internal static class ChallengeText
{
    /// <summary>
    /// RFC 6750 §3: <c>error_description</c> holds only %x20-21 / %x23-5B / %x5D-7E, printable ASCII without <c>"</c> and
    /// <c>\</c>. A double quote becomes a single one; anything else outside the set becomes <c>?</c>.
    /// </summary>
    public static string Sanitize(string text) => string.Create(text.Length, text, static (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            chars[i] = c switch
            {
                '"' => '\'',
                '\\' => '?',
                >= ' ' and <= '~' => c,
                _ => '?',
            };
        }
    });
}
