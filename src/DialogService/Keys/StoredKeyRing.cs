using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.DialogService.Keys;

/// <summary>
/// The key ring kept in the database, cached in memory. Every instance reloads it every
/// <see cref="KeyRotationOptions.RefreshInterval"/>; which key signs and which are published is decided from the
/// stored times at each call, so a scheduled switch happens on time even between two reloads.
/// </summary>
internal sealed class StoredKeyRing(KeyRingStore store, TimeProvider timeProvider) : IDialogTokenKeyRing
{
    private volatile IReadOnlyList<LoadedKey> keys = [];

    /// <summary>The key that signs now: the newest whose <c>signFrom</c> has come.</summary>
    /// <exception cref="InvalidOperationException">The ring was never loaded (the host did not start); ask <see cref="TryGetSigningKey"/> where that is expected.</exception>
    public DialogTokenSigningKey Current => TryGetSigningKey(out var key)
        ? key
        : throw new InvalidOperationException("The key ring has no signing key: it is loaded when the host starts (migrate the database first).");

    public bool TryGetSigningKey([NotNullWhen(true)] out DialogTokenSigningKey? key)
    {
        key = Signing(timeProvider.GetUtcNow())?.SigningKey;
        return key is not null;
    }

    public DialogTokenKeySet Published
    {
        get
        {
            var now = timeProvider.GetUtcNow();
            var signing = Signing(now);
            var published = keys.Where(k => k.PublishAt <= now && now < k.WithdrawAt && k != signing)
                .OrderByDescending(k => k.Generation).Select(k => k.PublicKey);
            return new DialogTokenKeySet(signing is null ? published : published.Prepend(signing.PublicKey));
        }
    }

    public async Task<KeyRotationResult> RotateNowAsync(CancellationToken cancellationToken = default)
    {
        var result = await store.RotateNowAsync(cancellationToken).ConfigureAwait(false);
        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Creates the next key when it is due, then reloads the ring; private keys already decrypted are reused.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await store.EnsureNextKeyAsync(cancellationToken).ConfigureAwait(false);
        var rows = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        var previous = keys.ToDictionary(k => k.PublicKey.KeyId, StringComparer.Ordinal);
        var now = timeProvider.GetUtcNow();
        var loaded = new List<LoadedKey>(rows.Count);
        foreach (var row in rows)
        {
            var retireAt = DateTimeOffset.FromUnixTimeMilliseconds(row.RetireAt);
            var signingKey = retireAt <= now ? null
                : previous.TryGetValue(row.KeyId, out var known) && known.SigningKey is not null ? known.SigningKey
                : store.Unprotect(row);
            loaded.Add(new LoadedKey(
                row.Generation,
                DialogTokenPublicKey.Create(row.KeyId, row.PublicKey),
                signingKey,
                DateTimeOffset.FromUnixTimeMilliseconds(row.PublishAt),
                DateTimeOffset.FromUnixTimeMilliseconds(row.SignFrom),
                retireAt,
                DateTimeOffset.FromUnixTimeMilliseconds(row.WithdrawAt)));
        }

        keys = loaded;
    }

    private LoadedKey? Signing(DateTimeOffset now) =>
        keys.Where(k => k.SignFrom <= now && k.SigningKey is not null).MaxBy(k => k.Generation);
}
