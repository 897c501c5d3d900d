using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.DialogService.Keys;

/// <summary>
/// The issuer's keys: the one that signs now (<see cref="IDialogTokenSigningKeySource.Current"/>) and the ones
/// published in the JWKS. Either stored in the database and rotated on a schedule, or given in configuration.
/// </summary>
public interface IDialogTokenKeyRing : IDialogTokenSigningKeySource
{
    /// <summary>
    /// The key that signs now, or false while there is none: a stored ring before its first load (start-up against an
    /// unreachable database). An expected state, so a result; <see cref="IDialogTokenSigningKeySource.Current"/> throws then.
    /// </summary>
    bool TryGetSigningKey([NotNullWhen(true)] out DialogTokenSigningKey? key);

    /// <summary>The keys published now, the signing key first; at least two once the ring is loaded.</summary>
    DialogTokenKeySet Published { get; }

    /// <summary>
    /// Makes the next key sign as soon as the publish lead time allows: now when it was published at least that long
    /// ago, else when it has been. Fails (a result, not an exception) for keys given in configuration.
    /// </summary>
    Task<KeyRotationResult> RotateNowAsync(CancellationToken cancellationToken = default);
}
