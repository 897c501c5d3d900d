using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DialogTokens.IdentityProvider;

/// <summary>Builds the principal of a person logged in through the portal's code flow.</summary>
internal static class PortalPrincipal
{
    /// <summary>
    /// The principal; <paramref name="name"/> (the test person's, when the pid is one) goes to the identity token only,
    /// as ID-porten's access tokens carry no name either.
    /// </summary>
    public static ClaimsPrincipal Create(string pid, string acr, string? name, IEnumerable<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, TestTokenFactory.SubjectOf(pid))
            .SetClaim(IdentityProviderClaims.Pid, pid)
            .SetClaim(IdentityProviderClaims.Acr, acr);
        if (name is not null)
        {
            identity.SetClaim(Claims.Name, name);
        }

        identity.SetScopes(scopes);
        identity.SetAudiences(audience);
        identity.SetDestinations(static claim => claim.Type == Claims.Name
            ? [Destinations.IdentityToken]
            : [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The name of the test person with <paramref name="pid"/>, or null for a pid typed in.</summary>
    public static string? NameOf(DevelopmentIdentityProviderOptions options, string pid) =>
        options.TestPersons.FirstOrDefault(person => person.Pid == pid)?.Name;
}
