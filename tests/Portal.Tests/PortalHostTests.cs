using System.Net;
using System.Text.Json;

namespace DialogTokens.Portal.Tests;

/// <summary>One portal host with the default settings, shared: these tests only read.</summary>
public sealed class DefaultPortalHost : IAsyncLifetime
{
    public PortalHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await PortalHost.StartAsync();

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}

public sealed class PortalHostTests(DefaultPortalHost fixture) : IClassFixture<DefaultPortalHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private PortalHost Default => fixture.Host;

    [Fact]
    public async Task Root_ServesTheClientsIndexPage()
    {
        var host = Default;

        using var response = await host.Client.GetAsync(new Uri("/", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("_framework/blazor.webassembly", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeepLink_FallsBackToTheIndexPage()
    {
        var host = Default;

        using var response = await host.Client.GetAsync(new Uri("/dialogs/0190f3a0-0000-7000-8000-000000000001", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<div id=\"app\">", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Framework_ServesTheBootScriptAndTheClientAssembly()
    {
        var host = Default;

        using var script = await host.Client.GetAsync(new Uri("/_framework/blazor.webassembly.js", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);

        // The boot manifest names the client's own assembly: the WebAssembly app is really there, not only the loader.
        using var dotnetJs = await host.Client.GetAsync(new Uri("/_framework/dotnet.js", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, dotnetJs.StatusCode);
        Assert.Contains("DialogTokens.Portal.Client", await dotnetJs.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_LoadsTheOidcClient_ThatTheAuthenticationLibraryBundles()
    {
        var host = Default;

        var index = await host.Client.GetStringAsync(new Uri("/", UriKind.Relative), Cancel);
        const string Script = "_content/Microsoft.AspNetCore.Components.WebAssembly.Authentication/AuthenticationService.js";
        Assert.Contains(Script, index, StringComparison.Ordinal);
        Assert.True(index.IndexOf(Script, StringComparison.Ordinal) < index.IndexOf("_framework/blazor.webassembly.js", StringComparison.Ordinal), "The oidc client loads before Blazor starts.");

        using var script = await host.Client.GetAsync(new Uri("/" + Script, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("AuthenticationService", await script.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_AreTheDefaults_WhenNothingIsConfigured()
    {
        var host = Default;

        using var settings = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("/portal-settings.json", UriKind.Relative), Cancel));

        Assert.Equal("http://localhost:5080", settings.RootElement.GetProperty("dialogServiceUri").GetString());
        Assert.Equal("http://localhost:5080/idp", settings.RootElement.GetProperty("authority").GetString());
        Assert.Equal("dialogporten-portal", settings.RootElement.GetProperty("clientId").GetString());
    }

    [Fact]
    public async Task Settings_FollowThePortalSection()
    {
        await using var host = await PortalHost.StartAsync(
            "--Portal:DialogServiceUri", "http://127.0.0.1:6001/",
            "--Portal:Authority", "http://127.0.0.1:6001/idp",
            "--Portal:ClientId", "another-portal");

        using var settings = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("/portal-settings.json", UriKind.Relative), Cancel));

        Assert.Equal("http://127.0.0.1:6001", settings.RootElement.GetProperty("dialogServiceUri").GetString());
        Assert.Equal("http://127.0.0.1:6001/idp", settings.RootElement.GetProperty("authority").GetString());
        Assert.Equal("another-portal", settings.RootElement.GetProperty("clientId").GetString());
    }

    [Fact]
    public async Task Health_AnswersHealthy()
    {
        var host = Default;

        Assert.Equal("Healthy", await host.Client.GetStringAsync(new Uri("/health", UriKind.Relative), Cancel));
    }
}
