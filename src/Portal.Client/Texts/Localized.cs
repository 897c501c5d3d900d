using DialogTokens.Portal.Client.Api;

namespace DialogTokens.Portal.Client.Texts;

/// <summary>Picks the localization of a content value for the chosen language, as Arbeidsflate falls back: nb, nn, en, then the first.</summary>
public static class Localized
{
    public static string? Pick(IReadOnlyList<Localization>? values, string language)
    {
        if (values is not { Count: > 0 })
        {
            return null;
        }

        foreach (var wanted in new[] { language, "nb", "nn", "en" })
        {
            if (values.FirstOrDefault(v => string.Equals(v.LanguageCode, wanted, StringComparison.OrdinalIgnoreCase)) is { } match)
            {
                return match.Value;
            }
        }

        return values[0].Value;
    }

    /// <summary>The <c>Accept-Language</c> header for <paramref name="language"/>, as Arbeidsflate sends it.</summary>
    public static string AcceptLanguage(string language) =>
        language == "en" ? "en, nb;q=0.9, nn;q=0.8" : "nb, nn;q=0.9, en;q=0.8";
}
