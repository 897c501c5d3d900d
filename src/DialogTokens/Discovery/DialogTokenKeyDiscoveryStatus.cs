namespace DialogTokens;

/// <summary>How key discovery is doing: what health checks report.</summary>
/// <param name="HasKeys">Whether a key set was ever loaded (else every token fails with <c>keys_unavailable</c>).</param>
/// <param name="LastSuccess">When the last fetch succeeded, if ever.</param>
/// <param name="LastFailure">When the last fetch failed, if ever.</param>
/// <param name="LastError">Why it failed; null after a success.</param>
/// <param name="ExpiresAt">When the current key set's cache lifetime ends (it is refreshed in the background at 80 % of it); past it, while fetches fail, the set is stale but still used.</param>
/// <param name="ConsecutiveFailures">Failed fetches since the last success.</param>
public readonly record struct DialogTokenKeyDiscoveryStatus(
    bool HasKeys,
    DateTimeOffset? LastSuccess,
    DateTimeOffset? LastFailure,
    string? LastError,
    DateTimeOffset? ExpiresAt,
    int ConsecutiveFailures)
{
    /// <summary>Whether the key set is used past its cache lifetime because the issuer could not be read.</summary>
    public bool IsStale(DateTimeOffset now) => HasKeys && ExpiresAt is { } expires && now >= expires && LastError is not null;
}
