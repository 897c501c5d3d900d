using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DialogTokens.IdentityProvider.Tests;

public sealed class TestTokenGeneratorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetPersonalToken_ReturnsIdPortenToken_ThatValidatesThroughDiscovery()
    {
        await using var host = await IdentityProviderHost.StartAsync();

        var response = await host.Client.GetAsync(
            new Uri("/idp/api/GetPersonalToken?pid=12345678901&scopes=digdir:dialogporten%20openid&authLvl=3", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var token = new JsonWebToken(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("12345678901", token.GetClaim("pid").Value);
        Assert.Equal("idporten-loa-substantial", token.GetClaim("acr").Value);
        Assert.Equal("digdir:dialogporten openid", token.GetClaim("scope").Value);
        Assert.Equal(["dialogporten"], token.Audiences);
        Assert.Equal(await IssuerAsync(host), token.Issuer);
        Assert.False(string.IsNullOrEmpty(token.Subject));
        Assert.False(string.IsNullOrEmpty(token.Id));
        Assert.True(token.TryGetClaim("client_id", out _));
        Assert.True(token.TryGetClaim("iat", out _));
        Assert.True(token.ValidTo > token.IssuedAt);
        await AssertAcceptedByJwtBearerAsync(host, token.EncodedToken);
    }

    [Theory]
    [InlineData(0, "idporten-loa-low")]
    [InlineData(1, "idporten-loa-low")]
    [InlineData(2, "idporten-loa-low")]
    [InlineData(3, "idporten-loa-substantial")]
    [InlineData(4, "idporten-loa-high")]
    public async Task GetPersonalToken_MapsAuthLvl_ToAcr(int authLvl, string acr)
    {
        await using var host = await IdentityProviderHost.StartAsync();

        var body = await host.Client.GetStringAsync(
            new Uri($"/idp/api/GetPersonalToken?pid=12345678901&scopes=a&authLvl={authLvl}", UriKind.Relative), Cancel);

        Assert.Equal(acr, new JsonWebToken(body).GetClaim("acr").Value);
    }

    [Fact]
    public async Task GetEnterpriseToken_ReturnsMaskinportenToken_ThatValidatesThroughDiscovery()
    {
        await using var host = await IdentityProviderHost.StartAsync();

        var body = await host.Client.GetStringAsync(
            new Uri("/idp/api/GetEnterpriseToken?orgNo=991825827&scopes=digdir:dialogporten.serviceprovider", UriKind.Relative), Cancel);

        var token = new JsonWebToken(body);
        using var consumer = JsonDocument.Parse(token.GetClaim("consumer").Value);
        Assert.Equal("iso6523-actorid-upis", consumer.RootElement.GetProperty("authority").GetString());
        Assert.Equal("0192:991825827", consumer.RootElement.GetProperty("ID").GetString());
        Assert.Equal("digdir:dialogporten.serviceprovider", token.GetClaim("scope").Value);
        Assert.Equal(await IssuerAsync(host), token.Issuer);
        await AssertAcceptedByJwtBearerAsync(host, body);
    }

    [Theory]
    [InlineData("/idp/api/GetPersonalToken?pid=1234567890&scopes=a", "'pid'")]
    [InlineData("/idp/api/GetPersonalToken?pid=1234567890x&scopes=a", "'pid'")]
    [InlineData("/idp/api/GetPersonalToken?pid=12345678901", "'scopes'")]
    [InlineData("/idp/api/GetPersonalToken?pid=12345678901&scopes=a%20%20b", "'scopes'")]
    [InlineData("/idp/api/GetPersonalToken?pid=12345678901&scopes=a&authLvl=5", "'authLvl'")]
    [InlineData("/idp/api/GetPersonalToken?pid=12345678901&scopes=a&authLvl=-1", "'authLvl'")]
    [InlineData("/idp/api/GetPersonalToken?pid=12345678901&scopes=a&authLvl=high", "'authLvl'")]
    [InlineData("/idp/api/GetEnterpriseToken?orgNo=99182582&scopes=a", "'orgNo'")]
    [InlineData("/idp/api/GetEnterpriseToken?scopes=a", "'orgNo'")]
    [InlineData("/idp/api/GetEnterpriseToken?orgNo=991825827", "'scopes'")]
    public async Task Generator_AnswersProblem_ForBadInput(string path, string parameter)
    {
        await using var host = await IdentityProviderHost.StartAsync();

        var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(parameter, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    internal static async Task<string> IssuerAsync(IdentityProviderHost host)
    {
        using var discovery = JsonDocument.Parse(await host.Client.GetStringAsync(
            new Uri("/idp/.well-known/openid-configuration", UriKind.Relative), Cancel));
        return discovery.RootElement.GetProperty("issuer").GetString()!;
    }

    internal static async Task AssertAcceptedByJwtBearerAsync(IdentityProviderHost host, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/whoami", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var tampered = new HttpRequestMessage(HttpMethod.Get, new Uri("/whoami", UriKind.Relative));
        tampered.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA"));
        using var refused = await host.Client.SendAsync(tampered, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
