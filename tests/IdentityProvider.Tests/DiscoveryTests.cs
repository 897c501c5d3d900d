using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DialogTokens.IdentityProvider.Tests;

/// <summary>
/// A standard OpenID client reads the provider's discovery document: its issuer is the URL the document hangs under
/// (OpenID Connect Discovery 1.0 §4.3), and it lists the scopes the provider hands out.
/// </summary>
public sealed class DiscoveryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Issuer_IsTheUrlDiscoveryHangsUnder_AsAStandardClientRequires()
    {
        await using var host = await IdentityProviderHost.StartAsync();
        var configuration = await DiscoverAsync(host);

        var authority = new Uri(host.BaseAddress, DevelopmentIdentityProvider.DefaultPath).AbsoluteUri;
        Assert.Equal(authority, configuration.Issuer);
        Assert.Equal(authority + DevelopmentIdentityProvider.JwksPath, configuration.JwksUri);
        Assert.Equal(authority + DevelopmentIdentityProvider.AuthorizationPath, configuration.AuthorizationEndpoint);
        Assert.Equal(authority + DevelopmentIdentityProvider.TokenPath, configuration.TokenEndpoint);
        Assert.NotEmpty(configuration.SigningKeys);
    }

    [Fact]
    public async Task TestTokens_CarryTheDiscoveredIssuer_AndAreAcceptedByJwtBearer()
    {
        await using var host = await IdentityProviderHost.StartAsync();
        var configuration = await DiscoverAsync(host);

        var token = await host.Client.GetStringAsync(new Uri(
            "/idp/api/GetPersonalToken?pid=12345678901&scopes=digdir:dialogporten&authLvl=3", UriKind.Relative), Cancel);

        Assert.Equal(configuration.Issuer, new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Issuer);
        await TestTokenGeneratorTests.AssertAcceptedByJwtBearerAsync(host, token);
    }

    [Fact]
    public async Task ScopesSupported_ListsEveryScopeTheProviderHandsOut()
    {
        await using var host = await IdentityProviderHost.StartAsync();
        var configuration = await RetrieveAsync(host);

        string[] handedOut =
        [
            "openid",
            "digdir:dialogporten",
            "digdir:dialogporten.serviceprovider",
            "digdir:dialogporten.serviceprovider.legacyhtml",
            "altinn:authorization/authorize",
        ];
        foreach (var scope in handedOut)
        {
            Assert.Contains(scope, configuration.ScopesSupported);
        }
    }

    /// <summary>
    /// Discovery as Microsoft.IdentityModel does it for JwtBearer, plus the check of §4.3 it leaves out: the issuer
    /// must be the discovery URL without <c>/.well-known/openid-configuration</c>.
    /// </summary>
    private static async Task<OpenIdConnectConfiguration> DiscoverAsync(IdentityProviderHost host)
    {
        var configuration = await RetrieveAsync(host);
        var discovery = DiscoveryUri(host);
        var expected = discovery.AbsoluteUri[..^DevelopmentIdentityProvider.DiscoveryPath.Length];
        Assert.True(
            string.Equals(expected, configuration.Issuer.TrimEnd('/'), StringComparison.Ordinal),
            $"OpenID Connect Discovery 1.0 §4.3: the issuer '{configuration.Issuer}' is not the URL discovery hangs under, '{expected}'.");
        return configuration;
    }

    /// <summary>The discovery document as Microsoft.IdentityModel's <c>ConfigurationManager</c> reads it.</summary>
    private static async Task<OpenIdConnectConfiguration> RetrieveAsync(IdentityProviderHost host)
    {
        var manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            DiscoveryUri(host).AbsoluteUri, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false });
        return await manager.GetConfigurationAsync(Cancel);
    }

    private static Uri DiscoveryUri(IdentityProviderHost host) =>
        new(host.BaseAddress, DevelopmentIdentityProvider.DefaultPath + DevelopmentIdentityProvider.DiscoveryPath);
}
