using System.Globalization;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Microsoft.Extensions.Logging;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DialogTokens.IdentityProvider;

/// <summary>The authorization and token endpoints; OpenIddict validates the requests and passes them through.</summary>
internal static class AuthorizationEndpoints
{
    public static IResult Authorize(HttpContext context, IOptions<DevelopmentIdentityProviderOptions> options)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        // OpenID Connect Core 1.0 §3.1.2.6: the provider keeps no login session, so a silent request (a client's hidden
        // iframe renewing its login) can never succeed; say so at once instead of showing a page no one sees.
        if (request.HasPromptValue(PromptValues.None))
        {
            return Refuse(Errors.LoginRequired, "The provider keeps no login session; log in interactively.");
        }

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

        var principal = PortalPrincipal.Create(pid, acr, PortalPrincipal.NameOf(options.Value, pid), request.GetScopes(), options.Value.Audience);

        // Added after the destinations are set, so it stays in the code and reaches no token.
        principal.SetClaim(IdentityProviderClaims.CodeId, Guid.NewGuid().ToString("N"));
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static async Task<IResult> ExchangeAsync(
        HttpContext context, IOptions<DevelopmentIdentityProviderOptions> options, IAuthorizationCodeRedemptions redemptions, TimeProvider time, ILoggerFactory loggers)
    {
        // OpenIddict has already checked the code, its client, redirect_uri and code_verifier (RFC 7636 §4.6).
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var code = result.Principal;
        var pid = code?.GetClaim(IdentityProviderClaims.Pid);
        var acr = code?.GetClaim(IdentityProviderClaims.Acr);
        var codeId = code?.GetClaim(IdentityProviderClaims.CodeId);
        if (code is null || pid is null || acr is null || codeId is null)
        {
            return Refuse(Errors.InvalidGrant, "The authorization code is not valid.");
        }

        // RFC 6749 §4.1.2: a code is used once. Checked last, so that a wrong code_verifier does not spend the code.
        var expiresAt = code.GetExpirationDate() ?? time.GetUtcNow() + AuthorizationCodeRedemptionsDefaults.Retention;
        switch (await redemptions.TryRedeemAsync(codeId, expiresAt, context.RequestAborted))
        {
            case RedemptionResult.Replayed:
                RedemptionLog.Replayed(loggers.CreateLogger(typeof(AuthorizationEndpoints).FullName!), codeId, code.GetClaim(OpenIddictConstants.Claims.Subject));
                return Refuse(Errors.InvalidGrant, "The authorization code has been redeemed already.");
            case RedemptionResult.Unavailable:
                context.Response.Headers.RetryAfter = "5";
                return Results.Json(
                    new Dictionary<string, string> { [Parameters.Error] = Errors.TemporarilyUnavailable, [Parameters.ErrorDescription] = "The provider cannot record the exchange now; try again." },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var principal = PortalPrincipal.Create(pid, acr, code.GetClaim(OpenIddictConstants.Claims.Name), code.GetScopes(), options.Value.Audience);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Userinfo (OpenID Connect Core 1.0 §5.3): OpenIddict has checked the access token; this says whose it is. A
    /// standard browser client (oidc-client) loads it after the code exchange and refuses the login without it.
    /// </summary>
    public static async Task<IResult> UserInfoAsync(HttpContext context, IOptions<DevelopmentIdentityProviderOptions> options)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subject = result.Principal?.GetClaim(OpenIddictConstants.Claims.Subject);
        if (result.Principal is null || subject is null)
        {
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The access token names no subject.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, string> { [OpenIddictConstants.Claims.Subject] = subject };
        if (result.Principal.GetClaim(IdentityProviderClaims.Pid) is { } pid)
        {
            claims[IdentityProviderClaims.Pid] = pid;
            if (PortalPrincipal.NameOf(options.Value, pid) is { } name)
            {
                claims[OpenIddictConstants.Claims.Name] = name;
            }
        }

        return Results.Json(claims);
    }

    /// <summary>
    /// End session (OpenID Connect RP-Initiated Logout 1.0): the provider keeps no login session, so there is nothing to
    /// end here but the client's; back to its <c>post_logout_redirect_uri</c> (checked by <see cref="ClientValidation"/>).
    /// </summary>
    public static IResult EndSession(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (string.IsNullOrEmpty(request.PostLogoutRedirectUri))
        {
            return Results.Content(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Logged out</title></head><body><h1>Logged out</h1></body></html>",
                "text/html; charset=utf-8");
        }

        return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
