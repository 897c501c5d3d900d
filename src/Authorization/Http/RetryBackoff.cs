namespace DialogTokens.Authorization;

/// <summary>The wait before a retry: exponential with jitter, or the server's <c>Retry-After</c> when that is longer.</summary>
internal static class RetryBackoff
{
    /// <summary>Before retry <paramref name="retry"/> (0-based): a random delay in [½, 1] × <paramref name="baseDelay"/> × 2^retry, at least <paramref name="retryAfter"/>.</summary>
    public static TimeSpan Delay(int retry, TimeSpan baseDelay, TimeSpan? retryAfter)
    {
        // Jitter spreads the retries of many dialog requests that failed together; it needs no secure randomness.
#pragma warning disable CA5394
        var jitter = 0.5 + (Random.Shared.NextDouble() / 2);
#pragma warning restore CA5394
        var delay = baseDelay * Math.Pow(2, retry) * jitter;
        return retryAfter > delay ? retryAfter.Value : delay;
    }

    /// <summary>The <c>Retry-After</c> of <paramref name="response"/> as a delay from now (RFC 9110 §10.2.3), or null.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - timeProvider.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
}
