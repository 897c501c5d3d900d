using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace DialogTokens.ServiceDefaults.Tests;

public sealed class ServiceDefaultsTests
{
    private static async Task<WebApplication> StartAsync(Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    [Fact]
    public async Task Health_and_alive_answer_healthy()
    {
        await using var app = await StartAsync();
        var client = app.GetTestClient();
        foreach (var path in new[] { "/health", "/alive" })
        {
            var answer = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal("Healthy", await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Alive_ignores_a_failing_dependency_that_health_reports()
    {
        await using var app = await StartAsync(static b => b.Services.AddHealthChecks()
            .AddCheck("issuer keys", static () => HealthCheckResult.Unhealthy("no keys")));
        var client = app.GetTestClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_verifiers_activities_are_recorded_with_the_outcome_and_not_the_token()
    {
        var recorded = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = static source => ServiceDefaultsExtensions.TelemetryNames.Contains(source.Name),
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = recorded.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var verifier = new DialogTokenVerifier(DialogTokenKeySet.Empty);
        var result = verifier.Verify("not.a.token");

        Assert.False(result.IsValid);
        var activity = Assert.Single(recorded, static a => a.OperationName == "dialogtoken.verify");
        Assert.Equal(DialogTokenVerifier.ActivitySourceName, activity.Source.Name);
        Assert.Equal("rejected", activity.GetTagItem("dialogtoken.outcome"));
        Assert.Equal(result.ErrorCode, activity.GetTagItem("error.type"));
        Assert.DoesNotContain(activity.TagObjects, static tag => tag.Value is string s && s.Contains("not.a.token", StringComparison.Ordinal));
    }
}
