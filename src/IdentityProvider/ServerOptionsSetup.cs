using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace DialogTokens.IdentityProvider;

/// <summary>Derives the OpenIddict server options from the provider's options.</summary>
internal sealed class ServerOptionsSetup(IOptions<DevelopmentIdentityProviderOptions> options)
    : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions server)
    {
        var value = options.Value;
        server.Issuer = value.Issuer;
        server.AccessTokenLifetime = value.TokenLifetime;
        server.IdentityTokenLifetime = value.TokenLifetime;
        // OpenIddict registers the discovery and JWKS endpoints at the root by default: serve them only here.
        server.ConfigurationEndpointUris.Clear();
        server.JsonWebKeySetEndpointUris.Clear();
        server.ConfigurationEndpointUris.Add(Relative(value, DevelopmentIdentityProvider.DiscoveryPath));
        server.JsonWebKeySetEndpointUris.Add(Relative(value, DevelopmentIdentityProvider.JwksPath));
        server.AuthorizationEndpointUris.Add(Relative(value, DevelopmentIdentityProvider.AuthorizationPath));
        server.TokenEndpointUris.Add(Relative(value, DevelopmentIdentityProvider.TokenPath));
        server.UserInfoEndpointUris.Add(Relative(value, DevelopmentIdentityProvider.UserInfoPath));
        server.EndSessionEndpointUris.Add(Relative(value, DevelopmentIdentityProvider.EndSessionPath));

        // RFC 7636 §4.2: only S256; "plain" would let an intercepted challenge redeem the code.
        server.CodeChallengeMethods.Remove(OpenIddictConstants.CodeChallengeMethods.Plain);
        server.SigningCredentials.Add(SigningKeys.Create(value.SigningKeyPem));

        // Published as scopes_supported (OpenID Connect Discovery 1.0 §3); scope validation stays off, so others are granted too.
        server.Scopes.UnionWith(DevelopmentIdentityProvider.Scopes);
    }

    private static Uri Relative(DevelopmentIdentityProviderOptions options, string path) =>
        new(options.BasePath + path, UriKind.Relative);
}
