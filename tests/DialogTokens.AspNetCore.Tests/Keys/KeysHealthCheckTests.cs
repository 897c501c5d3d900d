using System.Net;
using DialogTokens.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.AspNetCore.Tests.Keys;

/// <summary>The key health check, and start-up that survives an issuer that is down.</summary>
public sealed class KeysHealthCheckTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IssuerNeverReachable_StartsAnyway_IsUnhealthy_AndAnswersTokensWith503KeysUnavailable()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await ProtectedApp.StartAsync(IssuerAndApp.ClosedAddress());
        var dialog = Guid.CreateVersion7();

        var entry = await CheckAsync(app);
        var health = await app.SendAsync(HttpMethod.Get, "/health");
        var response = await app.SendAsync(HttpMethod.Post, $"/dialogs/{dialog}/write", issuer.Issue(dialog, "write"));

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("keys_unavailable", entry.Description, StringComparison.Ordinal);
        Assert.Equal(false, entry.Data["hasKeys"]);
        Assert.True(entry.Data.ContainsKey("lastFailure"));
        Assert.False(entry.Data.ContainsKey("lastSuccess"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        await ProblemAssert.KeysUnavailableAsync(response);
    }

    [Fact]
    public async Task KeysLoaded_IsHealthy()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await ProtectedApp.StartAsync(issuer.BaseAddress);

        var entry = await CheckAsync(app);
        var health = await app.SendAsync(HttpMethod.Get, "/health");

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(true, entry.Data["hasKeys"]);
        Assert.True(entry.Data.ContainsKey("lastSuccess"));
        Assert.True(entry.Data.ContainsKey("expiresAt"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(issuer.JwksRequests >= 1);
    }

    [Fact]
    public async Task IssuerStopped_AndKeysPastTheirLifetime_IsDegraded_AndTheLastGoodKeysStillVerify()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var issuer = await FakeIssuer.StartAsync(clock, maxAgeSeconds: 120);
        await using var app = await ProtectedApp.StartAsync(issuer.BaseAddress, clock);
        var dialog = Guid.CreateVersion7();
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(app)).Status);

        await issuer.StopAsync();
        clock.Advance(TimeSpan.FromMinutes(3));

        // A token signed by a key the app does not know asks for a refresh, and waits for it to fail.
        using var unknown = DialogTokenSigningKey.Generate("unknown-key");
        var refused = await app.SendAsync(HttpMethod.Post, $"/dialogs/{dialog}/write", issuer.Issue(dialog, "write", key: unknown));
        var entry = await CheckAsync(app);
        var accepted = await app.SendAsync(HttpMethod.Post, $"/dialogs/{dialog}/write", issuer.Issue(dialog, "write"));

        await ProblemAssert.RejectedAsync(refused, "key_not_found");
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Contains("last good key set", entry.Description, StringComparison.Ordinal);
        Assert.True(entry.Data.ContainsKey("lastError"));
        Assert.True(entry.Data.ContainsKey("lastFailure"));
        Assert.True(entry.Data.ContainsKey("lastSuccess"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task UnknownScheme_IsUnhealthy()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await ProtectedApp.StartAsync(issuer.BaseAddress, services: services =>
            services.AddHealthChecks().AddDialogTokenKeys("other-keys", scheme: "Other"));

        var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Cancel);

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["other-keys"].Status);
        Assert.Contains("'Other'", report.Entries["other-keys"].Description, StringComparison.Ordinal);
    }

    private static async Task<HealthReportEntry> CheckAsync(ProtectedApp app)
    {
        var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Cancel);
        return report.Entries[DialogTokenDefaults.HealthCheckName];
    }
}
