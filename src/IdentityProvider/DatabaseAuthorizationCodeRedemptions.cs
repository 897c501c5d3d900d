using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DialogTokens.IdentityProvider;

/// <summary>
/// Redemptions in a database that every instance of the provider shares, so that a code is exchanged once across
/// instances and restarts. One <c>INSERT … ON CONFLICT DO NOTHING</c> per exchange: the database decides which
/// exchange is first, atomically.
/// </summary>
internal sealed partial class DatabaseAuthorizationCodeRedemptions(
    IDbContextFactory<IdentityProviderDbContext> contexts, TimeProvider time, ILogger<DatabaseAuthorizationCodeRedemptions> logger)
    : IAuthorizationCodeRedemptions, IDisposable
{
    private readonly SemaphoreSlim creating = new(1, 1);
    private volatile bool created;

    public async Task<RedemptionResult> TryRedeemAsync(string codeId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await EnsureTableAsync(db, cancellationToken);
            var purgeBefore = (now - AuthorizationCodeRedemptionsDefaults.Retention).ToUnixTimeMilliseconds();
            await db.Database.ExecuteSqlAsync($"DELETE FROM identityprovider_redeemed_codes WHERE expires_at < {purgeBefore}", cancellationToken);
            var inserted = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO identityprovider_redeemed_codes (code_id, redeemed_at, expires_at) VALUES ({codeId}, {now.ToUnixTimeMilliseconds()}, {expiresAt.ToUnixTimeMilliseconds()}) ON CONFLICT (code_id) DO NOTHING",
                cancellationToken);
            return inserted == 1 ? RedemptionResult.First : RedemptionResult.Replayed;
        }
        catch (DbException exception)
        {
            LogStoreFailed(logger, exception);
            return RedemptionResult.Unavailable;
        }
    }

    public void Dispose() => creating.Dispose();

    private async Task EnsureTableAsync(IdentityProviderDbContext db, CancellationToken cancellationToken)
    {
        if (created)
        {
            return;
        }

        await creating.WaitAsync(cancellationToken);
        try
        {
            if (!created)
            {
                // Plain SQL that SQLite and PostgreSQL both accept; times are Unix milliseconds.
                await db.Database.ExecuteSqlRawAsync(
                    "CREATE TABLE IF NOT EXISTS identityprovider_redeemed_codes (code_id VARCHAR(64) NOT NULL PRIMARY KEY, redeemed_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
                    cancellationToken);
                await db.Database.ExecuteSqlRawAsync(
                    "CREATE INDEX IF NOT EXISTS ix_identityprovider_redeemed_codes_expires_at ON identityprovider_redeemed_codes (expires_at)",
                    cancellationToken);
                created = true;
            }
        }
        finally
        {
            creating.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The store of redeemed authorization codes failed; the exchange is refused.")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception);
}
