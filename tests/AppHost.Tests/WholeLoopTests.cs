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
    public async Task The_app_host_starts_the_dialog_service_and_the_sample_wired_to_each_other()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(cancellation);
        await using var app = await builder.BuildAsync(cancellation);
        await app.StartAsync(cancellation);

        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        foreach (var resource in new[] { "dialogservice", "serviceprovider" })
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

        foreach (var client in new[] { dialogService, serviceProvider })
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
    }

    private static string? FindString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
