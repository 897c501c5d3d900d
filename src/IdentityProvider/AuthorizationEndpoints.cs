using System.Globalization;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace DialogTokens.IdentityProvider;

/// <summary>The authorization and token endpoints; OpenIddict validates the requests and passes them through.</summary>
internal static class AuthorizationEndpoints
{
    public static IResult Authorize(HttpContext context, IOptions<DevelopmentIdentityProviderOptions> options)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var pid = (string?)request[IdentityProviderClaims.Pid] ?? (string?)request[LoginPage.OtherPidField];
        if (!HttpMethods.IsPost(context.Request.Method) || string.IsNullOrEmpty(pid))
        {
            return LoginPage.Render(context.Request, request, options.Value, error: null);
        }

        if (!Identifiers.IsPid(pid))
        {
            return LoginPage.Render(context.Request, request, options.Value, "The pid must be 11 digits.");
        }

        var level = (string?)request[LoginPage.AuthenticationLevelField];
        if (!int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out var authLvl)
            || !AuthenticationLevels.TryGetAcr(authLvl, out var acr))
        {
            return LoginPage.Render(context.Request, request, options.Value, "The authentication level must be 0 to 4.");
        }

        var principal = PortalPrincipal.Create(pid, acr, request.GetScopes(), options.Value.Audience);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static async Task<IResult> ExchangeAsync(HttpContext context, IOptions<DevelopmentIdentityProviderOptions> options)
    {
        // OpenIddict has already checked the code, its client, redirect_uri and code_verifier (RFC 7636 §4.6).
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var code = result.Principal;
        var pid = code?.GetClaim(IdentityProviderClaims.Pid);
        var acr = code?.GetClaim(IdentityProviderClaims.Acr);
        if (code is null || pid is null || acr is null)
        {
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var principal = PortalPrincipal.Create(pid, acr, code.GetScopes(), options.Value.Audience);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
