using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DialogTokens.IdentityProvider.Tests;

/// <summary>A host on 127.0.0.1, port 0, that serves the IdP and a JwtBearer-protected /whoami.</summary>
internal sealed class IdentityProviderHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private IdentityProviderHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public static async Task<IdentityProviderHost> StartAsync(
        Action<DevelopmentIdentityProviderOptions>? configure = null, string environment = "Development", SharedStorage? storage = null)
    {
        var app = Build(configure, environment, storage);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new IdentityProviderHost(app, new Uri(address));
    }

    public static WebApplication Build(Action<DevelopmentIdentityProviderOptions>? configure, string environment, SharedStorage? storage = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (storage is not null)
        {
            // What several instances of one provider share: the database and the Data Protection key ring.
            builder.Services.AddDataProtection().SetApplicationName("DialogTokens.IdentityProvider.Tests").PersistKeysToFileSystem(storage.Keys);
            builder.Services.AddDevelopmentIdentityProviderDatabase((_, db) => storage.Configure(db));
        }

        builder.Services.AddDevelopmentIdentityProvider(options =>
        {
            options.TestPersons.Add(new TestPerson { Name = "Test Testesen", Pid = "12345678901" });
            configure?.Invoke(options);
        });
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IServer>((options, server) =>
            {
                // Only the authority: keys and issuer come from discovery and JWKS.
                var address = server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
                options.Authority = address + DevelopmentIdentityProvider.DefaultPath;
                options.RequireHttpsMetadata = false;
                options.Audience = "dialogporten";
                options.MapInboundClaims = false;
            });
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.MapDevelopmentIdentityProvider();
        app.MapGet("/whoami", (ClaimsPrincipal user) => Results.Ok(user.Claims.Select(claim => claim.Type).Distinct()))
            .RequireAuthorization();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
