using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DialogTokens.IdentityProvider;

/// <summary>
/// CORS for what a browser client reads and posts by script: discovery, JWKS, token and userinfo. Allowed are the
/// origins of the registered portal redirect URIs, and loopback origins only while loopback redirect URIs are. The
/// login page, end-session and the test-token generator are navigations or tools, so they answer no cross-origin script.
/// </summary>
internal static class IdentityProviderCors
{
    public const string PolicyName = "DialogTokens.IdentityProvider";

    private static readonly string[] ScriptPaths =
    [
        DevelopmentIdentityProvider.DiscoveryPath,
        DevelopmentIdentityProvider.JwksPath,
        DevelopmentIdentityProvider.TokenPath,
        DevelopmentIdentityProvider.UserInfoPath,
    ];

    /// <summary>Whether <paramref name="origin"/> (<c>scheme://host[:port]</c>) may call the provider from script.</summary>
    public static bool IsAllowedOrigin(DevelopmentIdentityProviderOptions options, string? origin)
    {
        // An origin is exactly scheme://host[:port] (RFC 6454 §6.1): no path, query, user info or trailing slash.
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0
            || !string.Equals(OriginOf(uri), origin, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (options.PortalRedirectUris.Any(redirect => string.Equals(OriginOf(redirect), origin, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // As with redirect URIs (RFC 8252 §7.3): any port of a loopback host, over http.
        return options.AllowLoopbackRedirectUris && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
    }

    /// <summary>Whether the request is for an endpoint that answers cross-origin script.</summary>
    public static bool IsScriptEndpoint(PathString path, DevelopmentIdentityProviderOptions options) =>
        Array.Exists(ScriptPaths, p => path.Equals(options.BasePath + p, StringComparison.OrdinalIgnoreCase));

    internal static string OriginOf(Uri uri) => uri.GetLeftPart(UriPartial.Authority);

    /// <summary>The policy: the allowed origins, the methods and headers the code flow uses, no credentials.</summary>
    internal sealed class PolicySetup(IOptions<DevelopmentIdentityProviderOptions> options) : IConfigureOptions<CorsOptions>
    {
        public void Configure(CorsOptions cors) => cors.AddPolicy(PolicyName, policy => policy
            .SetIsOriginAllowed(origin => IsAllowedOrigin(options.Value, origin))
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Authorization", "Accept", "Content-Type", "X-Requested-With")
            .DisallowCredentials()
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
    }

    /// <summary>
    /// Puts the policy in front of the whole pipeline: OpenIddict answers discovery and JWKS inside the authentication
    /// middleware, which a host adds before anything it maps, so CORS must come earlier still.
    /// </summary>
    internal sealed class StartupFilter(IOptions<DevelopmentIdentityProviderOptions> options) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWhen(context => IsScriptEndpoint(context.Request.PathBase.Add(context.Request.Path), options.Value), branch => branch.UseCors(PolicyName));
            next(app);
        };
    }
}
