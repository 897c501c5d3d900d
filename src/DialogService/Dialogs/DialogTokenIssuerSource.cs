using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.WellKnown;

namespace DialogTokens.DialogService.Dialogs;

/// <summary>
/// The <see cref="DialogTokenIssuer"/> that signs with the key ring's signing key of now, once the issuer address is known
/// (see <see cref="IssuerAddress"/>). Until the address is known, or while the ring has no signing key yet, there is none:
/// an expected state at start-up, answered as a result (and by the end-user API with 503), never an exception.
/// </summary>
internal sealed class DialogTokenIssuerSource(IDialogTokenKeyRing keys, IssuerAddress address, KeyRotationOptions rotation, TimeProvider timeProvider)
{
    private KeyedIssuer? current;

    /// <summary>The issuer to sign with now, or why there is none.</summary>
    public DialogTokenIssuing Get()
    {
        if (!address.TryGetIssuer(out var iss))
        {
            return DialogTokenIssuing.IssuerAddressUnknown.Instance;
        }

        if (!keys.TryGetSigningKey(out var key))
        {
            return DialogTokenIssuing.NoSigningKey.Instance;
        }

        // Bound to the key just read, so that issuing cannot meet a ring without a key; made again only after a rotation.
        var issuer = Volatile.Read(ref current);
        if (issuer is null || !ReferenceEquals(issuer.Key, key))
        {
            issuer = new KeyedIssuer(key, new DialogTokenIssuer(key, new DialogTokenIssuerOptions { Issuer = iss, Lifetime = rotation.TokenLifetime }, timeProvider));
            Volatile.Write(ref current, issuer);
        }

        return new DialogTokenIssuing.Ready(issuer.Issuer);
    }

    private sealed record KeyedIssuer(DialogTokenSigningKey Key, DialogTokenIssuer Issuer);
}

/// <summary>What <see cref="DialogTokenIssuerSource.Get"/> answers: an issuer, or why no token can be issued now.</summary>
internal abstract record DialogTokenIssuing
{
    private DialogTokenIssuing()
    {
    }

    /// <summary>Sign with <see cref="Issuer"/>.</summary>
    public sealed record Ready(DialogTokenIssuer Issuer) : DialogTokenIssuing;

    /// <summary>The server has no address yet and none is configured: the issuer (<c>iss</c>) is unknown.</summary>
    public sealed record IssuerAddressUnknown : DialogTokenIssuing
    {
        public static readonly IssuerAddressUnknown Instance = new();
    }

    /// <summary>The key ring has not loaded a signing key yet (start-up against an unreachable database).</summary>
    public sealed record NoSigningKey : DialogTokenIssuing
    {
        public static readonly NoSigningKey Instance = new();
    }
}
