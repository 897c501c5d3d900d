namespace DialogTokens.Authorization;

/// <summary>How one call to a remote PDP ended: with an outcome to return, or with a failure worth retrying.</summary>
internal readonly record struct PdpAttempt(XacmlDecisionOutcome? Outcome, string? Failure, TimeSpan? RetryAfter)
{
    public static PdpAttempt Done(XacmlDecisionOutcome outcome) => new(outcome, null, null);

    public static PdpAttempt Retry(string failure, TimeSpan? retryAfter = null) => new(null, failure, retryAfter);
}
