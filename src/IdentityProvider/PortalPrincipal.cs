using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DialogTokens.IdentityProvider;

/// <summary>Builds the principal of a person logged in through the portal's code flow.</summary>
internal static class PortalPrincipal
{
    public static ClaimsPrincipal Create(string pid, string acr, IEnumerable<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, TestTokenFactory.SubjectOf(pid))
            .SetClaim(IdentityProviderClaims.Pid, pid)
            .SetClaim(IdentityProviderClaims.Acr, acr);
        identity.SetScopes(scopes);
        identity.SetAudiences(audience);
        identity.SetDestinations(static _ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}
