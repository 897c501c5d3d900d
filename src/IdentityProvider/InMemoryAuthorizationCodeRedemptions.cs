using System.Collections.Concurrent;

namespace DialogTokens.IdentityProvider;

/// <summary>
/// Redemptions in this process's memory, for a host without a database. Complete because the codes die with the
/// process too: without a database the codes are protected by an ephemeral key, so a code from before a restart
/// cannot be exchanged at all. Not for several instances (<c>AddDevelopmentIdentityProviderDatabase</c> is).
/// </summary>
internal sealed class InMemoryAuthorizationCodeRedemptions(TimeProvider time) : IAuthorizationCodeRedemptions
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> redeemed = new(StringComparer.Ordinal);

    public Task<RedemptionResult> TryRedeemAsync(string codeId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var (id, expiry) in redeemed)
        {
            if (expiry < now - AuthorizationCodeRedemptionsDefaults.Retention)
            {
                redeemed.TryRemove(id, out _);
            }
        }

        return Task.FromResult(redeemed.TryAdd(codeId, expiresAt) ? RedemptionResult.First : RedemptionResult.Replayed);
    }
}

internal static class AuthorizationCodeRedemptionsDefaults
{
    /// <summary>How long past its expiry a redemption is kept: longer than any clock difference between instances.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);
}
