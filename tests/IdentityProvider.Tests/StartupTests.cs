using System.Net;
using Microsoft.Extensions.Options;

namespace DialogTokens.IdentityProvider.Tests;

public sealed class StartupTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_Refuses_OutsideDevelopment()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(
            () => IdentityProviderHost.StartAsync(environment: "Production"));

        Assert.Contains("refuses to start in the 'Production' environment", exception.Message, StringComparison.Ordinal);
        Assert.Contains("AllowOutsideDevelopment", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Succeeds_OutsideDevelopment_WhenExplicitlyAllowed()
    {
        await using var host = await IdentityProviderHost.StartAsync(
            options => options.AllowOutsideDevelopment = true, environment: "Production");

        var response = await host.Client.GetAsync(new Uri("/idp/.well-known/openid-configuration", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_ReportsEveryOptionError_AtOnce()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => IdentityProviderHost.StartAsync(options =>
        {
            options.BasePath = "idp/";
            options.TokenLifetime = TimeSpan.Zero;
            options.Audience = "";
            options.SigningKeyPem = "not a key";
            options.TestPersons.Add(new TestPerson { Name = "Nobody", Pid = "123" });
        }));

        Assert.Equal(5, exception.Failures.Count());
    }

    [Fact]
    public async Task Discovery_PublishesJwks_AndOnlyS256()
    {
        await using var host = await IdentityProviderHost.StartAsync();

        using var discovery = System.Text.Json.JsonDocument.Parse(await host.Client.GetStringAsync(
            new Uri("/idp/.well-known/openid-configuration", UriKind.Relative), Cancel));
        var root = discovery.RootElement;
        var jwksUri = new Uri(root.GetProperty("jwks_uri").GetString()!);
        using var jwks = System.Text.Json.JsonDocument.Parse(await host.Client.GetStringAsync(jwksUri, Cancel));

        Assert.Equal(new Uri(host.BaseAddress, "/idp/.well-known/jwks"), jwksUri);
        Assert.Single(jwks.RootElement.GetProperty("keys").EnumerateArray());
        Assert.Equal(["S256"], root.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        Assert.EndsWith("/idp/connect/authorize", root.GetProperty("authorization_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/idp/connect/token", root.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/.well-known/openid-configuration")]
    [InlineData("/.well-known/jwks")]
    public async Task Discovery_IsNotServed_AtTheRoot(string path)
    {
        await using var host = await IdentityProviderHost.StartAsync();

        var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ConfiguredIssuer_IsPublished_AndWrittenIntoTokens()
    {
        await using var host = await IdentityProviderHost.StartAsync(options => options.Issuer = new Uri("https://idp.example/idp/"));

        var body = await host.Client.GetStringAsync(
            new Uri("/idp/api/GetEnterpriseToken?orgNo=991825827&scopes=a", UriKind.Relative), Cancel);

        Assert.Equal("https://idp.example/idp/", await TestTokenGeneratorTests.IssuerAsync(host));
        Assert.Equal("https://idp.example/idp/", new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(body).Issuer);
    }

    [Fact]
    public async Task Tokens_AreSignedByConfiguredEcKey()
    {
        using var ec = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        await using var host = await IdentityProviderHost.StartAsync(options => options.SigningKeyPem = ec.ExportPkcs8PrivateKeyPem());

        var body = await host.Client.GetStringAsync(
            new Uri("/idp/api/GetPersonalToken?pid=12345678901&scopes=a", UriKind.Relative), Cancel);

        Assert.Equal("ES256", new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(body).Alg);
        await TestTokenGeneratorTests.AssertAcceptedByJwtBearerAsync(host, body);
    }
}
