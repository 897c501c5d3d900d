namespace DialogTokens;

/// <summary>
/// What key discovery knows, immutable, replaced whole after each fetch: the key set, the status health checks read,
/// and when the background timer fires next and why.
/// </summary>
internal sealed record KeyDiscoveryState(DialogTokenKeySet? Keys, DialogTokenKeyDiscoveryStatus Status, DateTimeOffset? RefreshAt)
{
    /// <summary>The longest pause between retries, unless <see cref="DialogTokenKeyDiscoveryOptions.RetryInterval"/> is longer.</summary>
    public static readonly TimeSpan MaxRetryBackoff = TimeSpan.FromMinutes(10);

    /// <summary>The first pause before a retry while no key set was ever loaded.</summary>
    public static readonly TimeSpan FirstLoadRetryStart = TimeSpan.FromSeconds(1);

    /// <summary>Nothing fetched yet.</summary>
    public static KeyDiscoveryState Initial { get; } = new(null, default, null);

    /// <summary>Why the background timer fires next.</summary>
    public string TimerReason => Status.ConsecutiveFailures > 0 ? KeyRefreshReason.Retry : KeyRefreshReason.Scheduled;

    /// <summary>After a good fetch: the new key set (this one's instance when the keys are the same), refreshed at 80 % of its lifetime.</summary>
    public (KeyDiscoveryState Next, TimeSpan Due) Succeeded(DialogTokenKeySet fetched, TimeSpan lifetime, DateTimeOffset now)
    {
        // An unchanged set keeps its identity, so that "the key set changed" means what it says.
        var keys = Keys is { } current && current.Count == fetched.Count && fetched.All(current.Contains) ? current : fetched;
        var refreshIn = CacheLifetime.RefreshAfter(lifetime);
        var status = new DialogTokenKeyDiscoveryStatus(true, now, Status.LastFailure, null, now + lifetime, 0);
        return (new KeyDiscoveryState(keys, status, now + refreshIn), refreshIn);
    }

    /// <summary>
    /// After a failed fetch: the same key set, the failure recorded, and a retry after <paramref name="retryInterval"/>
    /// doubled per consecutive failure up to <see cref="MaxRetryBackoff"/>, but never later than the next normal refresh.
    /// While no key set was ever loaded every token is refused (and a readiness probe keeps traffic, and so unknown-kid
    /// refreshes, away), so the retries begin after <see cref="FirstLoadRetryStart"/> and double only up to
    /// <paramref name="retryInterval"/>.
    /// </summary>
    public (KeyDiscoveryState Next, TimeSpan Due) Failed(string error, DateTimeOffset now, TimeSpan retryInterval)
    {
        var failures = Status.ConsecutiveFailures + 1;
        var due = Keys is null
            ? RetryDelay(FirstLoadRetryStart, retryInterval, failures)
            : RetryDelay(retryInterval, retryInterval > MaxRetryBackoff ? retryInterval : MaxRetryBackoff, failures);
        if (RefreshAt is { } refreshAt && refreshAt > now && refreshAt - now < due)
        {
            due = refreshAt - now;
        }

        var status = Status with { LastFailure = now, LastError = error, ConsecutiveFailures = failures };
        return (this with { Status = status }, due);
    }

    private static TimeSpan RetryDelay(TimeSpan first, TimeSpan cap, int failures)
    {
        var delay = first;
        for (var i = 1; i < failures && delay < cap; i++)
        {
            delay *= 2;
        }

        return delay < cap ? delay : cap;
    }
}
