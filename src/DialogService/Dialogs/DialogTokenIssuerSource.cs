using System.Diagnostics.CodeAnalysis;
using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.WellKnown;

namespace DialogTokens.DialogService.Dialogs;

/// <summary>
/// The <see cref="DialogTokenIssuer"/> over the key ring, made once the issuer address is known (see
/// <see cref="IssuerAddress"/>); until then there is none, and the end-user API answers 503 rather than failing.
/// </summary>
internal sealed class DialogTokenIssuerSource(IDialogTokenKeyRing keys, IssuerAddress address, KeyRotationOptions rotation, TimeProvider timeProvider)
{
    private DialogTokenIssuer? issuer;

    /// <summary>The issuer, or false while the issuer address is unknown.</summary>
    public bool TryGet([NotNullWhen(true)] out DialogTokenIssuer? tokens)
    {
        tokens = Volatile.Read(ref issuer);
        if (tokens is null && address.TryGetIssuer(out var iss))
        {
            tokens = new DialogTokenIssuer(keys, new DialogTokenIssuerOptions { Issuer = iss, Lifetime = rotation.TokenLifetime }, timeProvider);
            Volatile.Write(ref issuer, tokens);
        }

        return tokens is not null;
    }
}
