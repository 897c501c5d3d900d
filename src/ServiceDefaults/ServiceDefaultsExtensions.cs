using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>What every host of the app shares: telemetry, health endpoints and resilient HTTP clients.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>The activity sources and meters the projects emit (one name each for source and meter).</summary>
    public static readonly IReadOnlyList<string> TelemetryNames =
    [
        "DialogTokens",
        "DialogTokens.DialogService",
        "DialogTokens.Authorization",
        "DialogTokens.Samples.ServiceProvider",
    ];

    /// <summary>The liveness endpoint: answers while the process runs, whatever its dependencies say.</summary>
    public const string AlivePath = "/alive";

    /// <summary>The readiness endpoint: every registered health check.</summary>
    public const string HealthPath = "/health";

    private const string LiveTag = "live";

    /// <param name="builder">The host.</param>
    /// <param name="resilientHttpClients">
    /// False for a host whose clients already decide their own timeouts, retries and failure answers.
    /// </param>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder, bool resilientHttpClients = true) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", static () => HealthCheckResult.Healthy(), [LiveTag]);
        if (!resilientHttpClients)
        {
            return builder;
        }

        builder.Services.ConfigureHttpClientDefaults(static http => http.AddStandardResilienceHandler(static options =>
        {
            // A write action's POST to the dialog service is not idempotent: a retry could change a dialog twice.
            options.Retry.DisableForUnsafeHttpMethods();
        }));
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(static logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter([.. TelemetryNames]))
            .WithTracing(tracing => tracing
                .AddSource([.. TelemetryNames])
                // Health probes every few seconds would drown the traces people look for.
                .AddAspNetCoreInstrumentation(static o => o.Filter = static context =>
                    !context.Request.Path.StartsWithSegments(HealthPath) && !context.Request.Path.StartsWithSegments(AlivePath))
                .AddHttpClientInstrumentation());

        // Exported only where a collector is named (the app host sets it to its dashboard); alone, nothing leaves.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Maps <c>/alive</c> and, unless the host maps its own, <c>/health</c>.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, bool mapHealth = true)
    {
        if (mapHealth)
        {
            app.MapHealthChecks(HealthPath);
        }

        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = static check => check.Tags.Contains(LiveTag) });
        return app;
    }
}
