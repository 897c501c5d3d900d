using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DialogTokens.IdentityProvider.Tests;

public sealed partial class CodeFlowTests
{
    internal const string RedirectUri = "http://127.0.0.1:4200/callback";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CodeFlow_WithPkce_IssuesAccessAndIdentityTokens()
    {
        await using var host = await IdentityProviderHost.StartAsync();
        var verifier = NewVerifier();

        var code = await LogInAsync(host, Challenge(verifier), authLvl: "4");
        using var response = await RedeemAsync(host, code, verifier);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var accessToken = new JsonWebToken(body.RootElement.GetProperty("access_token").GetString()!);
        Assert.Equal("12345678901", accessToken.GetClaim("pid").Value);
        Assert.Equal("idporten-loa-high", accessToken.GetClaim("acr").Value);
        Assert.Contains("digdir:dialogporten", accessToken.GetClaim("scope").Value, StringComparison.Ordinal);
        Assert.Equal("dialogporten-portal", accessToken.GetClaim("client_id").Value);
        Assert.Contains("dialogporten", accessToken.Audiences);
        Assert.Equal(await TestTokenGeneratorTests.IssuerAsync(host), accessToken.Issuer);
        Assert.False(string.IsNullOrEmpty(accessToken.Id));
        await TestTokenGeneratorTests.AssertAcceptedByJwtBearerAsync(host, accessToken.EncodedToken);

        var idToken = new JsonWebToken(body.RootElement.GetProperty("id_token").GetString()!);
        Assert.Equal(["dialogporten-portal"], idToken.Audiences);
        Assert.Equal("n-0S6_WzA2Mj", idToken.GetClaim("nonce").Value);
        Assert.Equal("12345678901", idToken.GetClaim("pid").Value);
        Assert.Equal(accessToken.Subject, idToken.Subject);
    }

    [Fact]
    public async Task CodeFlow_RefusesWrongCodeVerifier()
    {
        await using var host = await IdentityProviderHost.StartAsync();

        var code = await LogInAsync(host, Challenge(NewVerifier()), authLvl: "3");
        using var response = await RedeemAsync(host, code, NewVerifier());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("invalid_grant", body.RootElement.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("&code_challenge_method=plain&code_challenge=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq", "code_challenge_method")]
    [InlineData("&code_challenge=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq", "code_challenge_method")]
    [InlineData("", "code_challenge")]
    public async Task Authorize_RequiresS256Challenge(string pkce, string parameter)
    {
        await using var host = await IdentityProviderHost.StartAsync();

        using var response = await host.Client.GetAsync(AuthorizeUri(RedirectUri, pkce), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("invalid_request", body, StringComparison.Ordinal);
        Assert.Contains(parameter, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_RefusesUnregisteredRedirectUri_WithoutRedirecting()
    {
        await using var host = await IdentityProviderHost.StartAsync();

        using var response = await host.Client.GetAsync(
            AuthorizeUri("https://attacker.example/callback", PkceQuery(Challenge(NewVerifier()))), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Authorize_AcceptsConfiguredRedirectUri()
    {
        await using var host = await IdentityProviderHost.StartAsync(
            options => options.PortalRedirectUris.Add(new Uri("https://portal.example/callback")));

        using var response = await host.Client.GetAsync(
            AuthorizeUri("https://portal.example/callback", PkceQuery(Challenge(NewVerifier()))), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LoginPage_RejectsMalformedPid()
    {
        await using var host = await IdentityProviderHost.StartAsync();

        using var response = await SubmitLoginAsync(host, Challenge(NewVerifier()), ("otherPid", "123"), ("authLvl", "3"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The pid must be 11 digits.", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SubmitLoginAsync(
        IdentityProviderHost host, string challenge, params (string Name, string Value)[] choices)
    {
        using var page = await host.Client.GetAsync(AuthorizeUri(RedirectUri, PkceQuery(challenge)), Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Test Testesen (12345678901)", html, StringComparison.Ordinal);

        var fields = HiddenInput().Matches(html)
            .Select(match => KeyValuePair.Create(WebUtility.HtmlDecode(match.Groups[1].Value), WebUtility.HtmlDecode(match.Groups[2].Value)))
            .Concat(choices.Select(choice => KeyValuePair.Create(choice.Name, choice.Value)));
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        using var form = new FormUrlEncodedContent(fields);
        return await host.Client.PostAsync(new Uri(action, UriKind.Relative), form, Cancel);
    }

    internal static async Task<string> LogInAsync(IdentityProviderHost host, string challenge, string authLvl)
    {
        using var redirect = await SubmitLoginAsync(host, challenge, ("authLvl", authLvl), ("pid", "12345678901"));

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        Assert.StartsWith(RedirectUri + "?", location.AbsoluteUri, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("af0ifjsldkj", query["state"]);
        return query["code"]!;
    }

    /// <summary>The token request; <paramref name="change"/> alters its fields (a null value leaves one out).</summary>
    internal static async Task<HttpResponseMessage> RedeemAsync(IdentityProviderHost host, string code, string verifier, Action<Dictionary<string, string?>>? change = null)
    {
        var fields = new Dictionary<string, string?>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = "dialogporten-portal",
            ["code_verifier"] = verifier,
        };
        change?.Invoke(fields);
        using var form = new FormUrlEncodedContent(fields.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Key, f.Value!)));
        return await host.Client.PostAsync(new Uri("/idp/connect/token", UriKind.Relative), form, Cancel);
    }

    internal static Uri AuthorizeUri(string redirectUri, string pkce) => new(
        "/idp/connect/authorize?client_id=dialogporten-portal&response_type=code&scope=openid%20digdir%3Adialogporten" +
        "&state=af0ifjsldkj&nonce=n-0S6_WzA2Mj&redirect_uri=" + Uri.EscapeDataString(redirectUri) + pkce, UriKind.Relative);

    internal static string PkceQuery(string challenge) => "&code_challenge_method=S256&code_challenge=" + challenge;

    internal static string NewVerifier() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    // RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))).
    internal static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\">")]
    private static partial Regex FormAction();
}
