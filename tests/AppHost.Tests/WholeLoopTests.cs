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
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(cancellation);
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

        var index = await portal.GetAsync("/", cancellation);
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Contains("<html", await index.Content.ReadAsStringAsync(cancellation), StringComparison.OrdinalIgnoreCase);

        // The portal was told where the dialog service actually listens, by the app host's endpoint references.
        using var settings = JsonDocument.Parse(await portal.GetStringAsync("/portal-settings.json", cancellation));
        var told = FindString(settings.RootElement, "dialogServiceUri") ?? FindString(settings.RootElement, "DialogServiceUri");
        Assert.Equal(dialogServiceUri, told?.TrimEnd('/'));
    }

    private static string? FindString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
