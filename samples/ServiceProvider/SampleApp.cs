using DialogTokens.Samples.ServiceProvider.Embeds;
using DialogTokens.Samples.ServiceProvider.ServiceOwnerApi;
using DialogTokens.Samples.ServiceProvider.WriteActions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DialogTokens.Samples.ServiceProvider;

/// <summary>The sample service provider: <c>dotnet run --project samples/ServiceProvider</c> (beside the dialog service).</summary>
public static class SampleApp
{
    public static async Task Main(string[] args) => await Build(args).RunAsync();

    /// <summary>Builds the app; tests start it on 127.0.0.1 with their own settings.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        // Telemetry and /alive, but not the standard resilience handler: the write actions answer a slow or failing
        // dialog service with their own timeout and one 502/503 (WriteActions), which retries would change.
        builder.AddServiceDefaults(resilientHttpClients: false);

        // The two lines a service provider needs: the scheme (keys from the issuer's metadata), and one
        // RequireDialogAction per endpoint (SampleEndpoints).
        builder.Services.AddAuthentication().AddDialogToken(builder.Configuration.GetSection("DialogToken"));

        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks().AddDialogTokenKeys();
        builder.Services.AddOptions<ServiceOwnerOptions>().Bind(builder.Configuration.GetSection(ServiceOwnerOptions.SectionName))
            .Validate(o => o.DialogServiceUri is { IsAbsoluteUri: true } && o.TokenUri is { IsAbsoluteUri: true }, "ServiceOwner:DialogServiceUri and ServiceOwner:TokenUri must be absolute URIs.")
            .Validate(o => o.Timeout >= TimeSpan.FromMilliseconds(100) && o.Timeout <= TimeSpan.FromMinutes(5), "ServiceOwner:Timeout must be between 100 ms and 5 min.")
            .ValidateOnStart();
        builder.Services.AddOptions<SampleCorsOptions>().Bind(builder.Configuration.GetSection(SampleCorsOptions.SectionName));
        builder.Services.AddCors();
        builder.Services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>, SampleCorsSetup>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        // Named clients, held by singletons: the factory's handlers still rotate underneath.
        // Each call has ServiceOwner:Timeout: a slow dialog service makes a write action answer 503, not hang.
        builder.Services.AddHttpClient(nameof(ServiceOwnerTokenSource)).ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<ServiceOwnerOptions>>().Value.Timeout);
        builder.Services.AddHttpClient(nameof(DialogServiceClient)).ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<ServiceOwnerOptions>>().Value.Timeout);
        builder.Services.AddSingleton<ServiceOwnerTokenSource>(sp => ActivatorUtilities.CreateInstance<ServiceOwnerTokenSource>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ServiceOwnerTokenSource))));
        builder.Services.AddSingleton<DialogServiceClient>(sp => ActivatorUtilities.CreateInstance<DialogServiceClient>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DialogServiceClient))));
        builder.Services.AddSingleton<DialogChanger>();
        builder.Services.AddSingleton<Receipts>();
        builder.Services.AddSingleton<QueuedWriteActions>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QueuedWriteActions>());

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health");
        app.MapDefaultEndpoints(mapHealth: false);
        app.MapSampleEndpoints();
        return app;
    }
}
