namespace DialogTokens.IdentityProvider;

/// <summary>
/// Records which authorization codes have been exchanged, so that each is exchanged once (RFC 6749 §4.1.2, §10.5).
/// Recording is atomic: of two exchanges of one code, however concurrent, exactly one is first.
/// </summary>
internal interface IAuthorizationCodeRedemptions
{
    /// <summary>Records the code's first exchange; <see cref="RedemptionResult.Replayed"/> when it was exchanged before.</summary>
    Task<RedemptionResult> TryRedeemAsync(string codeId, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}

/// <summary>What recording an exchange came to.</summary>
internal enum RedemptionResult
{
    /// <summary>The first exchange of the code: tokens may be issued.</summary>
    First,

    /// <summary>The code was exchanged before: refuse with <c>invalid_grant</c>.</summary>
    Replayed,

    /// <summary>The store did not answer: refuse, and say it is temporary.</summary>
    Unavailable,
}
