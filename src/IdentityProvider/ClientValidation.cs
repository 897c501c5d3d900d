using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Microsoft.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace DialogTokens.IdentityProvider;

/// <summary>The degraded mode has no application store: these handlers know the one public client, the portal.</summary>
internal static class ClientValidation
{
    public static OpenIddictServerHandlerDescriptor AuthorizationRequest { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
            .UseInlineHandler(context =>
            {
                var options = Options(context.Transaction);
                if (!string.Equals(context.ClientId, options.PortalClientId, StringComparison.Ordinal))
                {
                    context.Reject(Errors.InvalidClient, "The client_id is not registered.");
                }
                else if (!IsAllowedRedirectUri(options, context.RedirectUri))
                {
                    context.Reject(Errors.InvalidRequest, "The redirect_uri is not registered for the client.");
                }
                else if (!string.Equals(context.Request.CodeChallengeMethod, CodeChallengeMethods.Sha256, StringComparison.Ordinal))
                {
                    // RFC 7636 §4.3: a public client must send a code_challenge, and this provider accepts only S256.
                    context.Reject(Errors.InvalidRequest, "A code_challenge with code_challenge_method S256 is required.");
                }

                return default;
            })
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public static OpenIddictServerHandlerDescriptor TokenRequest { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseInlineHandler(context =>
            {
                var options = Options(context.Transaction);
                if (!string.Equals(context.ClientId, options.PortalClientId, StringComparison.Ordinal))
                {
                    context.Reject(Errors.InvalidClient, "The client_id is not registered.");
                }
                else if (!string.IsNullOrEmpty(context.ClientSecret))
                {
                    context.Reject(Errors.InvalidClient, "The portal is a public client and has no secret.");
                }

                return default;
            })
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary>
    /// The degraded mode checks no <c>post_logout_redirect_uri</c> by itself: without this, the end-session endpoint
    /// would redirect anywhere. Allowed are the origins of the portal's redirect URIs (loopback ones when allowed).
    /// </summary>
    public static OpenIddictServerHandlerDescriptor EndSessionRequest { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateEndSessionRequestContext>()
            .UseInlineHandler(context =>
            {
                var options = Options(context.Transaction);
                if (context.PostLogoutRedirectUri is { } uri && !IsAllowedPostLogoutRedirectUri(options, uri))
                {
                    context.Reject(Errors.InvalidRequest, "The post_logout_redirect_uri is not on an origin registered for the portal.");
                }

                return default;
            })
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary>An absolute URI without a fragment on an allowed origin (<see cref="IdentityProviderCors.IsAllowedOrigin"/>).</summary>
    internal static bool IsAllowedPostLogoutRedirectUri(DevelopmentIdentityProviderOptions options, string? postLogoutRedirectUri) =>
        Uri.TryCreate(postLogoutRedirectUri, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.Fragment)
        && string.IsNullOrEmpty(uri.UserInfo)
        && IdentityProviderCors.IsAllowedOrigin(options, IdentityProviderCors.OriginOf(uri));

    /// <summary>Registered URIs match exactly; loopback URIs match on any port (RFC 8252 §7.3).</summary>
    internal static bool IsAllowedRedirectUri(DevelopmentIdentityProviderOptions options, string? redirectUri)
    {
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (options.PortalRedirectUris.Any(registered => registered.AbsoluteUri == uri.AbsoluteUri))
        {
            return true;
        }

        return options.AllowLoopbackRedirectUris && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback
            && string.IsNullOrEmpty(uri.Fragment);
    }

    private static DevelopmentIdentityProviderOptions Options(OpenIddictServerTransaction transaction) =>
        (transaction.GetHttpRequest()?.HttpContext.RequestServices
            ?? throw new InvalidOperationException("The request is not an ASP.NET Core request."))
        .GetRequiredService<IOptions<DevelopmentIdentityProviderOptions>>().Value;
}
