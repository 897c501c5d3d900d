using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace DialogTokens.AppHost.Tests;

/// <summary>Starts the app host itself, as <c>dotnet run --project src/AppHost</c> does, and asks each host.</summary>
public sealed class WholeLoopTests
{
    // Three projects start on a shared 2-core machine: generous, and the failure says which one did not come up.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_app_host_starts_the_dialog_service_the_sample_and_the_portal_wired_to_each_other()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var data = Directory.CreateTempSubdirectory("apphost-test-");
        try
        {
            await StartAndAskAsync(data.FullName, cancellation);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task StartAndAskAsync(string data, CancellationToken cancellation)
    {
        // The app host's origins are fixed (they are what the browser and the identity provider are told): say so
        // plainly when a demo holds them, rather than waiting for resources that cannot start.
        foreach (var port in new[] { 5070, 5080, 5090 })
        {
            Assert.True(IsFree(port), $"Port {port} is in use (a running demo?): the app host needs 5070, 5080 and 5090. Stop it and run again.");
        }

        // A data folder of its own, so the demo's SQLite files in src/DialogService/data are left alone.
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>([$"AppHost:DataDirectory={data}"], cancellation);
        await using var app = await builder.BuildAsync(cancellation);
        await app.StartAsync(cancellation);

        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        foreach (var resource in new[] { "dialogservice", "serviceprovider", "portal" })
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            wait.CancelAfter(StartTimeout);
            try
            {
                await notifications.WaitForResourceHealthyAsync(resource, wait.Token);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                Assert.Fail($"The resource '{resource}' was not healthy within {StartTimeout.TotalSeconds} s.");
            }
        }

        using var dialogService = app.CreateHttpClient("dialogservice", "http");
        using var serviceProvider = app.CreateHttpClient("serviceprovider", "http");
        using var portal = app.CreateHttpClient("portal", "http");

        foreach (var client in new[] { dialogService, serviceProvider, portal })
        {
            var health = await client.GetAsync("/health", cancellation);
            Assert.True(health.StatusCode == HttpStatusCode.OK, $"{client.BaseAddress}health answered {(int)health.StatusCode}.");
        }

        var dialogServiceUri = dialogService.BaseAddress!.GetLeftPart(UriPartial.Authority);
        using var metadata = JsonDocument.Parse(await dialogService.GetStringAsync("/api/v1/.well-known/oauth-authorization-server", cancellation));
        Assert.True(metadata.RootElement.TryGetProperty("jwks_uri", out _), "The dialog service's metadata has no jwks_uri.");

        // The dialog service was told its own address by the app host (DialogService:BaseUri): its tokens' issuer.
        Assert.Equal(dialogServiceUri + "/api/v1", FindString(metadata.RootElement, "issuer"));

        // The sample was told where the dialog service listens: its health check fetches the dialog service's keys there.
        Assert.Contains("Healthy", await serviceProvider.GetStringAsync("/health", cancellation), StringComparison.Ordinal);

        // The portal serves its client and was told where the dialog service and its identity provider are.
        Assert.Contains("<div id=\"app\"", await portal.GetStringAsync("/", cancellation), StringComparison.Ordinal);
        using var settings = JsonDocument.Parse(await portal.GetStringAsync("/portal-settings.json", cancellation));
        Assert.Equal(dialogServiceUri, FindString(settings.RootElement, "dialogServiceUri")?.TrimEnd('/'));
        Assert.Equal(dialogServiceUri + "/idp", FindString(settings.RootElement, "authority")?.TrimEnd('/'));

        // The dialog service lets the portal's origin, and no other, call the end-user API from a browser.
        var portalOrigin = portal.BaseAddress!.GetLeftPart(UriPartial.Authority);
        Assert.Equal(portalOrigin, await PreflightAsync(dialogService, "/api/v1/enduser/dialogs", portalOrigin, cancellation));
        Assert.Null(await PreflightAsync(dialogService, "/api/v1/enduser/dialogs", "http://127.0.0.1:1", cancellation));
        Assert.Equal(portalOrigin, await PreflightAsync(serviceProvider, "/dialogs/019ab84f-5c00-7a4f-94e6-2285d8e511d5/fce", portalOrigin, cancellation));
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static async Task<string?> PreflightAsync(HttpClient client, string path, string origin, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        using var response = await client.SendAsync(request, cancellation);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }

    private static string? FindString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
