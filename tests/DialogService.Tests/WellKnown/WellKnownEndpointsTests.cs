using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace DialogTokens.DialogService.Tests.WellKnown;

public sealed class WellKnownEndpointsTests
{
    [Fact]
    public async Task Jwks_ListsPrimaryFirst_ThenSecondary_Cacheable()
    {
        await using var host = await WellKnownTestHost.StartAsync();
        using var response = await host.Client.GetAsync(new Uri("/api/v1/.well-known/jwks.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.Equal(["Accept"], response.Headers.Vary);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(DialogTokenJwk.TryReadKeySet(json, out var keys, out var error), error);
        Assert.Equal(["primary-key", "secondary-key"], keys.Select(k => k.KeyId));
        Assert.True(keys.Contains(host.Primary.PublicKey));
        Assert.StartsWith("{\"keys\":[{\"kty\":\"OKP\",\"use\":\"sig\",\"kid\":\"primary-key\",\"crv\":\"Ed25519\",\"x\":", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"d\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metadata_NamesIssuerAndJwksUri()
    {
        await using var host = await WellKnownTestHost.StartAsync();
        using var response = await host.Client.GetAsync(new Uri("/api/v1/.well-known/oauth-authorization-server", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.Equal(
            "{\"issuer\":\"https://dialogs.example/dialogporten/api/v1\",\"jwks_uri\":\"https://dialogs.example/dialogporten/api/v1/.well-known/jwks.json\"}",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/api/v1/.well-known/jwks.json")]
    [InlineData("/api/v1/.well-known/oauth-authorization-server")]
    public async Task Endpoints_Answer406Problem_WhenAcceptExcludesJson(string path)
    {
        await using var host = await WellKnownTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(406, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("https://dialogtokens.dev/problems/not-acceptable", problem.RootElement.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("application/json")]
    [InlineData("text/html, application/json;q=0.5")]
    public async Task Jwks_IsServed_WhenAcceptAllowsJson(string accept)
    {
        await using var host = await WellKnownTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/.well-known/jwks.json", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/html", false)]
    [InlineData("application/json;q=0", false)]
    [InlineData("", true)]
    [InlineData("*/*", true)]
    public void AcceptsJson_ReadsTheAcceptHeader(string accept, bool expected) =>
        Assert.Equal(expected, DialogService.Problems.RequireJsonAcceptFilter.AcceptsJson(accept));
}
