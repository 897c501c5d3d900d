using System.Net;
using System.Text.Json;
using DialogTokens.DialogService.Persistence;

namespace DialogTokens.DialogService.Tests.EndToEnd;

/// <summary>One real host (SQLite) with the portal's origin configured.</summary>
public sealed class PortalOriginTestHost : IAsyncLifetime
{
    public const string Portal = "https://portal.example";

    public DialogServiceTestHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await DialogServiceTestHost.StartAsync(
        DialogServiceDatabaseProvider.Sqlite,
        new Dictionary<string, string?> { ["DialogService:Cors:EndUserOrigins:0"] = Portal });

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

/// <summary>What a browser page may do: call the end-user API from the portal's origin (CORS), and try the APIs from /docs (OpenAPI security).</summary>
public sealed class BrowserAccessTests(PortalOriginTestHost fixture) : IClassFixture<PortalOriginTestHost>
{
    private const string Other = "https://evil.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DialogServiceTestHost Host => fixture.Host;

    [Theory]
    [InlineData("api/v1/enduser/parties")]
    [InlineData("api/v1/enduser/dialogs")]
    public async Task Preflight_FromThePortal_IsAllowed_WithTheAuthorizationHeader_AndNoCredentials(string path)
    {
        using var response = await PreflightAsync(path, PortalOriginTestHost.Portal);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([PortalOriginTestHost.Portal], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("authorization", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("GET", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Preflight_AndRequest_FromAnotherOrigin_GetNoAllowOrigin()
    {
        using var preflight = await PreflightAsync("api/v1/enduser/parties", Other);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));

        // The portal's origin under another scheme or port is another origin.
        using var http = await PreflightAsync("api/v1/enduser/parties", "http://portal.example");
        Assert.False(http.Headers.Contains("Access-Control-Allow-Origin"));

        using var request = await GetAsync("api/v1/enduser/parties", Other, await Host.PersonalTokenAsync(DemoWorld.Kari));
        Assert.Equal(HttpStatusCode.OK, request.StatusCode);
        Assert.False(request.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Request_FromThePortal_GetsTheOrigin_EvenOnA401()
    {
        using var ok = await GetAsync("api/v1/enduser/parties", PortalOriginTestHost.Portal, await Host.PersonalTokenAsync(DemoWorld.Kari));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal([PortalOriginTestHost.Portal], ok.Headers.GetValues("Access-Control-Allow-Origin"));

        // The portal can read the challenge and know to log in again.
        using var unauthenticated = await GetAsync("api/v1/enduser/parties", PortalOriginTestHost.Portal, token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal([PortalOriginTestHost.Portal], unauthenticated.Headers.GetValues("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("api/v1/serviceowner/dialogs")]
    [InlineData("authorization/api/v1/authorize")]
    [InlineData("api/v1/.well-known/jwks.json")]
    [InlineData("api/v1/endusers")]
    public async Task OtherApis_NeverSendCorsHeaders_EvenToThePortal(string path)
    {
        using var preflight = await PreflightAsync(path, PortalOriginTestHost.Portal);
        Assert.DoesNotContain(preflight.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));

        using var request = await GetAsync(path, PortalOriginTestHost.Portal, await Host.EnterpriseTokenAsync());
        Assert.DoesNotContain(request.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task OpenApi_DeclaresBearerSchemes_AndRequiresThemOnEachProtectedOperation_ButNotOnTheWellKnownEndpoints()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, "openapi/v1.json", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        foreach (var name in new[] { "EndUserBearer", "OrganizationBearer" })
        {
            var scheme = schemes.GetProperty(name);
            Assert.Equal("http", scheme.GetProperty("type").GetString());
            Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
            Assert.Equal("JWT", scheme.GetProperty("bearerFormat").GetString());
        }

        var seen = new HashSet<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var expected = path.Name.StartsWith("/api/v1/enduser/", StringComparison.Ordinal) ? "EndUserBearer"
                : path.Name.StartsWith("/api/v1/serviceowner/", StringComparison.Ordinal) || path.Name.StartsWith("/authorization/", StringComparison.Ordinal) ? "OrganizationBearer"
                : null;
            foreach (var operation in path.Value.EnumerateObject())
            {
                var security = operation.Value.TryGetProperty("security", out var s) ? s.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToList() : [];
                Assert.True(expected is null ? security.Count == 0 : security.SequenceEqual([expected]), $"{operation.Name} {path.Name}: [{string.Join(", ", security)}]");
                seen.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
            }
        }

        Assert.Contains("GET /api/v1/enduser/parties", seen);
        Assert.Contains("GET /api/v1/enduser/dialogs/{dialogId}", seen);
        Assert.Contains("POST /api/v1/serviceowner/dialogs", seen);
        Assert.Contains("POST /authorization/api/v1/authorize", seen);
        Assert.Contains("GET /api/v1/.well-known/jwks.json", seen);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return await Host.Client.SendAsync(request, Cancel);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string origin, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await Host.Client.SendAsync(request, Cancel);
    }
}
