using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DialogTokens.IdentityProvider.Tests;

/// <summary>
/// What a standard browser client library (the oidc-client that Blazor WebAssembly bundles) needs beyond the code flow:
/// CORS on the endpoints it calls by script, a userinfo endpoint it loads after the exchange, the person's name, and an
/// end-session endpoint for logout that returns only to the portal.
/// </summary>
public sealed class BrowserClientTests
{
    private const string PortalOrigin = "https://portal.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Discovery_ListsUserInfoAndEndSessionEndpoints()
    {
        await using var host = await IdentityProviderHost.StartAsync();

        using var discovery = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("/idp/.well-known/openid-configuration", UriKind.Relative), Cancel));

        var authority = new Uri(host.BaseAddress, "/idp").AbsoluteUri;
        Assert.Equal(authority + "/connect/userinfo", discovery.RootElement.GetProperty("userinfo_endpoint").GetString());
        Assert.Equal(authority + "/connect/logout", discovery.RootElement.GetProperty("end_session_endpoint").GetString());
    }

    [Theory]
    [InlineData("/idp/connect/token", "POST")]
    [InlineData("/idp/connect/userinfo", "GET")]
    [InlineData("/idp/.well-known/openid-configuration", "GET")]
    [InlineData("/idp/.well-known/jwks", "GET")]
    public async Task Preflight_FromThePortalsOrigin_IsAllowed_WithoutCredentials(string path, string method)
    {
        await using var host = await StartWithPortalAsync();

        using var response = await PreflightAsync(host, path, PortalOrigin, method, "authorization,content-type");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(PortalOrigin, Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("authorization", Single(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Discovery_FromThePortalsOrigin_CarriesTheAllowOriginHeader()
    {
        await using var host = await StartWithPortalAsync();

        using var response = await GetWithOriginAsync(host, "/idp/.well-known/openid-configuration", PortalOrigin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PortalOrigin, Single(response, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("https://attacker.example")]
    [InlineData("https://portal.example.attacker.example")]
    [InlineData("http://portal.example")]
    public async Task Discovery_FromAnotherOrigin_CarriesNoAllowOriginHeader(string origin)
    {
        await using var host = await StartWithPortalAsync();

        using var response = await GetWithOriginAsync(host, "/idp/.well-known/openid-configuration", origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task TestTokenGenerator_AnswersNoCrossOriginScript()
    {
        await using var host = await StartWithPortalAsync();

        using var response = await GetWithOriginAsync(host, "/idp/api/GetPersonalToken?pid=12345678901&scopes=digdir:dialogporten&authLvl=3", PortalOrigin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task LoopbackOrigins_AreAllowed_OnlyWhileLoopbackRedirectUrisAre(bool allowLoopback, bool allowed)
    {
        await using var host = await IdentityProviderHost.StartAsync(options => options.AllowLoopbackRedirectUris = allowLoopback);

        using var response = await PreflightAsync(host, "/idp/connect/token", "http://127.0.0.1:4200", "POST", "content-type");

        Assert.Equal(allowed, response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task CodeFlow_IdentityTokenAndUserInfo_NameTheTestPerson()
    {
        await using var host = await IdentityProviderHost.StartAsync();
        var verifier = CodeFlowTests.NewVerifier();
        var code = await CodeFlowTests.LogInAsync(host, CodeFlowTests.Challenge(verifier), authLvl: "3");
        using var exchange = await CodeFlowTests.RedeemAsync(host, code, verifier);
        using var tokens = JsonDocument.Parse(await exchange.Content.ReadAsStringAsync(Cancel));
        var idToken = new JsonWebToken(tokens.RootElement.GetProperty("id_token").GetString()!);
        var accessToken = tokens.RootElement.GetProperty("access_token").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/idp/connect/userinfo", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await host.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var userInfo = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(idToken.Subject, userInfo.RootElement.GetProperty("sub").GetString());
        Assert.Equal("12345678901", userInfo.RootElement.GetProperty("pid").GetString());
        Assert.Equal("Test Testesen", userInfo.RootElement.GetProperty("name").GetString());
        Assert.Equal("Test Testesen", idToken.GetClaim("name").Value);
        Assert.False(new JsonWebToken(accessToken).TryGetClaim("name", out _), "The access token carries no name, as ID-porten's does not.");
    }

    [Fact]
    public async Task Authorize_WithPromptNone_RedirectsLoginRequired_InsteadOfShowingTheLoginPage()
    {
        await using var host = await IdentityProviderHost.StartAsync();

        using var response = await host.Client.GetAsync(
            CodeFlowTests.AuthorizeUri(CodeFlowTests.RedirectUri, CodeFlowTests.PkceQuery(CodeFlowTests.Challenge(CodeFlowTests.NewVerifier())) + "&prompt=none"), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(CodeFlowTests.RedirectUri + "?", location.AbsoluteUri, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("login_required", query["error"]);
        Assert.Equal("af0ifjsldkj", query["state"]);
    }

    [Fact]
    public async Task UserInfo_WithoutAccessToken_IsRefused()
    {
        await using var host = await IdentityProviderHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri("/idp/connect/userinfo", UriKind.Relative), Cancel);

        // RFC 6750 §3.1: a missing token is 401 with a Bearer challenge.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task EndSession_ReturnsToThePortalsOrigin_WithTheState()
    {
        await using var host = await StartWithPortalAsync();

        using var response = await host.Client.GetAsync(EndSessionUri(PortalOrigin + "/authentication/logout-callback"), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(PortalOrigin + "/authentication/logout-callback?", response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("state=xyz", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndSession_RefusesAnotherOrigin_WithoutRedirecting()
    {
        await using var host = await StartWithPortalAsync();

        using var response = await host.Client.GetAsync(EndSessionUri("https://attacker.example/authentication/logout-callback"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("post_logout_redirect_uri", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndSession_WithoutReturnAddress_SaysLoggedOut()
    {
        await using var host = await StartWithPortalAsync();

        using var response = await host.Client.GetAsync(new Uri("/idp/connect/logout", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Logged out", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static Task<IdentityProviderHost> StartWithPortalAsync() => IdentityProviderHost.StartAsync(options =>
    {
        options.PortalRedirectUris.Add(new Uri(PortalOrigin + "/authentication/login-callback"));
        options.AllowLoopbackRedirectUris = false;
    });

    private static Uri EndSessionUri(string postLogoutRedirectUri) =>
        new("/idp/connect/logout?state=xyz&post_logout_redirect_uri=" + Uri.EscapeDataString(postLogoutRedirectUri), UriKind.Relative);

    private static async Task<HttpResponseMessage> PreflightAsync(IdentityProviderHost host, string path, string origin, string method, string headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await host.Client.SendAsync(request, Cancel);
    }

    private static async Task<HttpResponseMessage> GetWithOriginAsync(IdentityProviderHost host, string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        return await host.Client.SendAsync(request, Cancel);
    }

    private static string Single(HttpResponseMessage response, string header) => Assert.Single(response.Headers.GetValues(header));
}
