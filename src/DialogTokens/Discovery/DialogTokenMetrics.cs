using System.Diagnostics.Metrics;

namespace DialogTokens;

/// <summary>
/// The library's metrics, on the meter <see cref="MeterName"/> (System.Diagnostics.Metrics, so OpenTelemetry picks them
/// up with <c>AddMeter("DialogTokens")</c>):
/// <list type="bullet">
/// <item><c>dialogtokens.tokens.verified</c>: tokens accepted.</item>
/// <item><c>dialogtokens.tokens.rejected</c>: tokens refused, tagged <c>error</c> with the code (<c>token_expired</c>, …).</item>
/// <item><c>dialogtokens.requests.refused</c>: requests whose verified token was for another dialog or lacked the
/// action, tagged <c>error</c> (<c>dialog_mismatch</c>, <c>action_not_granted</c>). Kept apart from the two above, so
/// that each token is counted once: verified, or rejected.</item>
/// <item><c>dialogtokens.keys.refreshes</c>: key set fetches, tagged <c>outcome</c> (<c>success</c>, <c>failure</c>) and
/// <c>reason</c> (<c>start</c>, <c>scheduled</c>, <c>unknown_kid</c>, <c>retry</c>).</item>
/// <item><c>dialogtokens.keys.refreshes_skipped</c>: unknown-kid refreshes refused by the rate limit.</item>
/// </list>
/// Only the library records them: a caller cannot skew the counts.
/// </summary>
public static class DialogTokenMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "DialogTokens";

    private static readonly Meter Meter = new(MeterName, typeof(DialogTokenMetrics).Assembly.GetName().Version?.ToString());
    private static readonly Counter<long> Verified = Meter.CreateCounter<long>("dialogtokens.tokens.verified", "{token}", "Dialog tokens accepted.");
    private static readonly Counter<long> Rejected = Meter.CreateCounter<long>("dialogtokens.tokens.rejected", "{token}", "Dialog tokens refused, by error code.");
    private static readonly Counter<long> Refused = Meter.CreateCounter<long>("dialogtokens.requests.refused", "{request}", "Requests refused although their dialog token verified, by error code.");
    private static readonly Counter<long> Refreshes = Meter.CreateCounter<long>("dialogtokens.keys.refreshes", "{fetch}", "Fetches of the issuer's key set, by outcome and reason.");
    private static readonly Counter<long> RefreshesSkipped = Meter.CreateCounter<long>("dialogtokens.keys.refreshes_skipped", "{request}", "Unknown-kid refreshes refused by the rate limit.");

    /// <summary>
    /// Counts one verification outcome. A token that verified but is for another dialog or lacks an action counts as
    /// verified and as a refused request, never as rejected.
    /// </summary>
    internal static void Record(DialogTokenError error)
    {
        if (error == DialogTokenError.None)
        {
            Verified.Add(1);
        }
        else if (error.IsForbidden())
        {
            Verified.Add(1);
            RecordRefused(error);
        }
        else
        {
            Rejected.Add(1, new KeyValuePair<string, object?>("error", error.ToCode()));
        }
    }

    /// <summary>
    /// Counts one request refused after its token verified (already counted as verified): the token is for another
    /// dialog, or does not grant the action the endpoint requires.
    /// </summary>
    internal static void RecordRefused(DialogTokenError error) =>
        Refused.Add(1, new KeyValuePair<string, object?>("error", error.ToCode()));

    internal static void RecordRefresh(bool success, string reason) =>
        Refreshes.Add(1, new KeyValuePair<string, object?>("outcome", success ? "success" : "failure"), new KeyValuePair<string, object?>("reason", reason));

    internal static void RecordRefreshSkipped() => RefreshesSkipped.Add(1);
}
