namespace DialogTokens.Portal.Client.Tokens;

/// <summary>
/// When a dialog token expires and when to fetch a new one, by the browser's clock: the issuer's <c>iat</c> is taken
/// as the moment the token arrived, so a browser clock that is off does not make a fresh token look expired.
/// </summary>
/// <param name="LocalExpiresAt"><c>exp</c> moved onto the browser's clock.</param>
/// <param name="RenewAt">When to fetch the dialog again: 30 s before expiry, or after 80 % of a short lifetime, whichever is later.</param>
public sealed record TokenLifetime(DateTimeOffset LocalExpiresAt, DateTimeOffset RenewAt)
{
    /// <summary>How long before expiry a token is renewed.</summary>
    public static readonly TimeSpan RenewalLead = TimeSpan.FromSeconds(30);

    /// <summary>The least time between two renewals, whatever the token says.</summary>
    public static readonly TimeSpan MinimumRenewalDelay = TimeSpan.FromSeconds(1);

    /// <summary>The lifetime of <paramref name="token"/> received at <paramref name="receivedAt"/>; null when it has no <c>exp</c>.</summary>
    public static TokenLifetime? Of(DecodedDialogToken token, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.ExpiresAt is not { } expiresAt)
        {
            return null;
        }

        var issuedAt = token.IssuedAt ?? receivedAt;
        var offset = receivedAt - issuedAt;
        var lifetime = expiresAt - issuedAt;
        var localExpiresAt = expiresAt + offset;
        var renewAfter = lifetime - RenewalLead > lifetime * 0.8 ? lifetime - RenewalLead : lifetime * 0.8;
        var renewAt = receivedAt + (renewAfter > MinimumRenewalDelay ? renewAfter : MinimumRenewalDelay);
        return new TokenLifetime(localExpiresAt, renewAt);
    }

    /// <summary>Whole seconds left at <paramref name="now"/>, never below zero.</summary>
    public int SecondsLeft(DateTimeOffset now) => Math.Max(0, (int)Math.Ceiling((LocalExpiresAt - now).TotalSeconds));
}
