namespace DialogTokens;

/// <summary>
/// Verifies dialog tokens with keys discovered from the issuer: <see cref="DialogTokenVerifier"/> over
/// <see cref="DialogTokenKeyDiscovery"/>, plus the one step a fixed key set does not need — a token whose <c>kid</c> is
/// unknown (or that arrives before any key set loaded) triggers one shared, rate-limited refresh, then is verified
/// again. Thread-safe; counts every outcome in <see cref="DialogTokenMetrics"/>.
/// </summary>
public sealed class DialogTokenValidator
{
    private readonly DialogTokenKeyDiscovery _keys;

    /// <summary>Creates a validator; <paramref name="options"/>' issuer defaults to the discovery's.</summary>
    public DialogTokenValidator(DialogTokenKeyDiscovery keys, DialogTokenValidationOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys;

        // The caller's options stay as they are: they may serve another validator, for another issuer.
        Verifier = new DialogTokenVerifier(keys, options, timeProvider, defaultIssuer: keys.Issuer);
    }

    /// <summary>The synchronous verifier underneath, for callers that never want to wait for a refresh.</summary>
    public DialogTokenVerifier Verifier { get; }

    /// <summary>
    /// Verifies <paramref name="token"/> for <paramref name="dialogId"/> (when given) and every one of
    /// <paramref name="requiredActions"/>, as <see cref="DialogTokenVerifier.Verify"/>, refreshing the keys once for an
    /// unknown <c>kid</c>. Never throws for a bad token or an unreachable issuer.
    /// </summary>
    public async ValueTask<DialogTokenValidationResult> VerifyAsync(
        string? token, Guid? dialogId = null, IReadOnlyList<DialogAction>? requiredActions = null, CancellationToken cancellationToken = default)
    {
        // Taken before verifying: should a refresh land in between, the comparison below says "changed" and the token
        // is verified once more, rather than being refused with a key set that already holds its key.
        var seen = _keys.Current;
        var result = Verifier.Verify(token, dialogId, requiredActions ?? []);
        if (result.Error is DialogTokenError.KeyNotFound or DialogTokenError.KeysUnavailable
            && await _keys.RefreshForUnknownKeyAsync(seen, cancellationToken).ConfigureAwait(false))
        {
            result = Verifier.Verify(token, dialogId, requiredActions ?? []);
        }

        DialogTokenMetrics.Record(result.Error);
        return result;
    }
}
