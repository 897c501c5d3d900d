using System.Globalization;

namespace DialogTokens.Portal.Client.Texts;

/// <summary>Dates in the browser's time zone, written the way each language writes them (the app runs with invariant globalization).</summary>
public static class Dates
{
    public static string Format(DateTimeOffset value, string language) =>
        value.ToLocalTime().ToString(language == "en" ? "yyyy-MM-dd HH:mm" : "dd.MM.yyyy 'kl.' HH:mm", CultureInfo.InvariantCulture);
}
