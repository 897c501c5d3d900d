using System.Globalization;

namespace DialogTokens.Cli.Output;

/// <summary>Instants in ISO 8601 UTC and durations as people read them ("9m 12s").</summary>
internal static class TimeText
{
    public static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"expires in 9m 12s" or "expired 3m ago".</summary>
    public static string Expiry(DateTimeOffset expiresAt, DateTimeOffset now) =>
        expiresAt > now ? $"expires in {Duration(expiresAt - now)}" : $"expired {Duration(now - expiresAt)} ago";

    /// <summary>The largest non-zero unit of days, hours, minutes, seconds, and the next if non-zero: "412d 3h", "9m 12s", "3m", "0s".</summary>
    public static string Duration(TimeSpan duration)
    {
        const string units = "dhms";
        var seconds = (long)Math.Floor(duration.Duration().TotalSeconds);
        long[] values = [seconds / 86_400, seconds / 3_600 % 24, seconds / 60 % 60, seconds % 60];
        var first = Array.FindIndex(values, v => v != 0);
        if (first < 0)
        {
            return "0s";
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"{values[first]}{units[first]}");
        return first + 1 < values.Length && values[first + 1] != 0
            ? string.Create(CultureInfo.InvariantCulture, $"{text} {values[first + 1]}{units[first + 1]}")
            : text;
    }
}
