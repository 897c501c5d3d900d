using Microsoft.Extensions.Options;

namespace DialogTokens.Portal;

/// <summary>The portal's host: <c>dotnet run --project src/Portal</c>. It serves files and settings only; the browser calls the APIs.</summary>
public static class PortalApp
{
    public static async Task Main(string[] args) => await Build(args).RunAsync();

    /// <summary>Builds the host; tests start it on 127.0.0.1 with their own settings.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application name finds the static web assets manifest even when a test assembly is the entry point.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(PortalApp).Assembly.GetName().Name,
        });
        // The client's files live in the build's static web assets manifest, which ASP.NET Core reads only in
        // Development by default; read it in every environment (a published app has a real wwwroot instead).
        builder.WebHost.UseStaticWebAssets();
        configure?.Invoke(builder);
        builder.AddServiceDefaults();

        builder.Services.AddOptions<PortalOptions>().Bind(builder.Configuration.GetSection(PortalOptions.SectionName))
            .Validate(o => o.DialogServiceUri.IsAbsoluteUri && o.Authority.IsAbsoluteUri, "Portal:DialogServiceUri and Portal:Authority must be absolute URIs.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ClientId), "Portal:ClientId must not be empty.")
            .ValidateOnStart();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseBlazorFrameworkFiles();
        app.UseStaticFiles();
        app.MapDefaultEndpoints();
        app.MapGet("/portal-settings.json", (IOptions<PortalOptions> options) => TypedResults.Json(PortalSettings.From(options.Value)));
        app.MapFallbackToFile("index.html");
        return app;
    }
}
