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
