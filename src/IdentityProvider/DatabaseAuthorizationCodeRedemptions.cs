using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Outside the try: a context the host configured without a relational provider throws here, and that is the
        // host's bug (a 500), not the database being down.
        _ = db.Database.GetDbConnection();
        try
        {
            await EnsureTableAsync(db, cancellationToken);
            var purgeBefore = (now - AuthorizationCodeRedemptionsDefaults.Retention).ToUnixTimeMilliseconds();
            await db.Database.ExecuteSqlAsync($"DELETE FROM identityprovider_redeemed_codes WHERE expires_at < {purgeBefore}", cancellationToken);
            var inserted = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO identityprovider_redeemed_codes (code_id, redeemed_at, expires_at) VALUES ({codeId}, {now.ToUnixTimeMilliseconds()}, {expiresAt.ToUnixTimeMilliseconds()}) ON CONFLICT (code_id) DO NOTHING",
                cancellationToken);
            return inserted == 1 ? RedemptionResult.First : RedemptionResult.Replayed;
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            LogStoreFailed(logger, exception);
            return RedemptionResult.Unavailable;
        }
    }

    // The database failed, or could not be used now: the exchange is refused as temporarily_unavailable. Besides the
    // provider's DbException, that is a timeout, EF's execution strategy giving up (RetryLimitExceededException, or an
    // InvalidOperationException for a transient failure it does not retry), and the InvalidOperationException an
    // ADO.NET provider throws for a connection that broke or was closed under the command (ObjectDisposedException
    // too, for a data source disposed as the host stops). The statements are fixed, so an InvalidOperationException
    // here is not a bug of ours that a request could reach; the configuration errors EF also reports as
    // InvalidOperationException surface before the try, and stay a 500.
    private static bool IsUnavailable(Exception exception) =>
        exception is DbException or TimeoutException or RetryLimitExceededException or InvalidOperationException;

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
                await CreateAsync(
                    db,
                    "CREATE TABLE IF NOT EXISTS identityprovider_redeemed_codes (code_id VARCHAR(64) NOT NULL PRIMARY KEY, redeemed_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
                    cancellationToken);
                await CreateAsync(
                    db,
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

    // PostgreSQL does not serialize concurrent CREATE … IF NOT EXISTS: when another instance creates the same table or
    // index at the same moment, the loser fails on the catalog's unique index (23505, e.g. pg_type_typname_nsp_index),
    // or finds the table's row type (42710) or the relation (42P07) just made. Each is raised only once the winner has
    // committed, so the statement run again sees the object and does nothing.
    private static async Task CreateAsync(IdentityProviderDbContext db, string sql, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
        catch (DbException exception) when (exception.SqlState is "23505" or "42710" or "42P07")
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The store of redeemed authorization codes failed; the exchange is refused.")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception);
}
