using System.Net.Http.Json;
using DialogTokens.Portal.Client;
using DialogTokens.Portal.Client.Actions;
using DialogTokens.Portal.Client.Api;
using DialogTokens.Portal.Client.Embeds;
using DialogTokens.Portal.Client.ServiceProvider;
using DialogTokens.Portal.Client.Texts;
using DialogTokens.Portal.Client.Tracing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// The host tells where to log in and which dialog service to call (Portal section, app host environment variables).
PortalSettings settings;
using (var own = new HttpClient { BaseAddress = new Uri(builder.HostEnvironment.BaseAddress) })
{
    settings = await own.GetFromJsonAsync<PortalSettings>("portal-settings.json")
        ?? throw new InvalidOperationException("portal-settings.json is empty.");
}

builder.Services.AddSingleton(settings);

// Authorization code + PKCE through the library's bundled OpenID client; tokens in session storage, never in cookies.
builder.Services.AddOidcAuthentication(options =>
{
    options.ProviderOptions.Authority = settings.Authority;
    options.ProviderOptions.ClientId = settings.ClientId;
    options.ProviderOptions.ResponseType = "code";
    options.ProviderOptions.DefaultScopes.Clear();
    options.ProviderOptions.DefaultScopes.Add("openid");
    options.ProviderOptions.DefaultScopes.Add(PortalScopes.DialogService);
});

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped(services =>
{
    // The user's access token goes to the dialog service only.
    var handler = services.GetRequiredService<AuthorizationMessageHandler>()
        .ConfigureHandler(authorizedUrls: [settings.DialogServiceUri], scopes: [PortalScopes.DialogService]);
    handler.InnerHandler = new TraceParentHandler { InnerHandler = new HttpClientHandler() };
    return new DialogServiceClient(new HttpClient(handler) { BaseAddress = new Uri(settings.DialogServiceUri.TrimEnd('/') + "/") });
});

// The service provider gets the dialog token only: its own client, with no handler that could add the access token.
builder.Services.AddScoped(services => new ServiceProviderClient(
    new HttpClient(new TraceParentHandler { InnerHandler = new HttpClientHandler() }), services.GetRequiredService<TimeProvider>()));
builder.Services.AddSingleton<EmbedSanitizer>();
builder.Services.AddSingleton<EmbedRenderer>();
builder.Services.AddScoped<EmbedFetcher>();
builder.Services.AddScoped<GuiActionRunner>();
builder.Services.AddScoped<DialogChangeWatcher>();
builder.Services.AddScoped<LanguageChoice>();
builder.Services.AddScoped<InboxState>();

var host = builder.Build();
await host.Services.GetRequiredService<LanguageChoice>().LoadAsync();
await host.RunAsync();
