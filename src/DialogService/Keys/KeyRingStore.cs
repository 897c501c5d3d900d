using System.Security.Cryptography;
using DialogTokens.DialogService.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace DialogTokens.DialogService.Keys;

/// <summary>
/// The key ring's rows. Every change is one <c>SaveChanges</c> (one transaction) that inserts generation n+1 and moves
/// generation n's retirement to the new key's <c>signFrom</c>; generation is the primary key, so when two instances
/// race, the database rejects the loser's insert, its transaction rolls back, and it reads the winner's key.
/// </summary>
internal sealed class KeyRingStore(DialogServiceDbContextFactory databases, IDataProtectionProvider dataProtection, KeyRotationOptions options, TimeProvider timeProvider)
{
    /// <summary>The Data Protection purpose of stored private keys.</summary>
    public const string ProtectorPurpose = "DialogTokens.DialogService.Keys.SigningKey.v1";

    private const int Attempts = 3;

    private readonly IDataProtector protector = dataProtection.CreateProtector(ProtectorPurpose);

    /// <summary>Creates the first key, or the next one once the newest key signs; a lost race just returns.</summary>
    public async Task EnsureNextKeyAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            await using var db = databases.CreateDbContext();
            var newest = await db.SigningKeys.OrderByDescending(k => k.Generation).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (newest is not null && newest.SignFrom > now)
            {
                return; // the next key is already published and waiting
            }

            db.SigningKeys.Add(newest is null ? NewKey(1, now, signFrom: now) : Next(newest, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Another instance inserted this generation first: read its key on the next attempt.
            }
        }
    }

    /// <summary>Moves the next key's <c>signFrom</c> to now, or to when it has been published for the lead time.</summary>
    public async Task<KeyRotationResult> RotateNowAsync(CancellationToken cancellationToken)
    {
        await EnsureNextKeyAsync(cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = databases.CreateDbContext();
        var newest = await db.SigningKeys.OrderByDescending(k => k.Generation).Take(2).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (newest.Count < 2 || newest[0].SignFrom <= now)
        {
            return KeyRotationResult.Refused("There is no published next key yet; try again after the next refresh.");
        }

        var (next, current) = (newest[0], newest[1]);
        var signFrom = Math.Max(now, next.PublishAt + (long)options.PublishLeadTime.TotalMilliseconds);
        if (signFrom < next.SignFrom)
        {
            next.SignFrom = signFrom;
            next.RetireAt = signFrom + (long)options.SigningPeriod.TotalMilliseconds;
            next.WithdrawAt = next.RetireAt + (long)options.WithdrawDelay.TotalMilliseconds;
            current.RetireAt = signFrom;
            current.WithdrawAt = signFrom + (long)options.WithdrawDelay.TotalMilliseconds;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return KeyRotationResult.Scheduled(next.KeyId, DateTimeOffset.FromUnixTimeMilliseconds(next.SignFrom));
    }

    /// <summary>The keys not yet withdrawn, oldest first.</summary>
    public async Task<IReadOnlyList<SigningKeyRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = databases.CreateDbContext();
        return await db.SigningKeys.AsNoTracking().Where(k => k.WithdrawAt > now).OrderBy(k => k.Generation)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Decrypts a stored private key.</summary>
    public DialogTokenSigningKey Unprotect(SigningKeyRow row)
    {
        var raw = protector.Unprotect(row.ProtectedPrivateKey);
        try
        {
            return DialogTokenSigningKey.Import(row.KeyId, raw);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(raw);
        }
    }

    // The next key is published now and signs when the newest retires, but never before the lead time has passed
    // (after downtime the newest key keeps signing a little longer instead).
    private SigningKeyRow Next(SigningKeyRow newest, long now)
    {
        var signFrom = Math.Max(newest.RetireAt, now + (long)options.PublishLeadTime.TotalMilliseconds);
        newest.RetireAt = signFrom;
        newest.WithdrawAt = signFrom + (long)options.WithdrawDelay.TotalMilliseconds;
        return NewKey(newest.Generation + 1, now, signFrom);
    }

    private SigningKeyRow NewKey(int generation, long now, long signFrom)
    {
        using var key = DialogTokenSigningKey.Generate(timeProvider: timeProvider);
        var raw = key.ExportPrivateKey();
        try
        {
            var retireAt = signFrom + (long)options.SigningPeriod.TotalMilliseconds;
            return new SigningKeyRow
            {
                Generation = generation,
                KeyId = key.KeyId,
                ProtectedPrivateKey = protector.Protect(raw),
                PublicKey = key.PublicKey.RawKey.ToArray(),
                CreatedAt = now,
                PublishAt = now,
                SignFrom = signFrom,
                RetireAt = retireAt,
                WithdrawAt = retireAt + (long)options.WithdrawDelay.TotalMilliseconds,
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(raw);
        }
    }
}
