using System.Buffers.Text;
using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.WellKnown;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DialogTokens.DialogService.Tests.WellKnown;

/// <summary>A dialog service on 127.0.0.1, port 0, with keys given in configuration and the well-known endpoints.</summary>
public sealed class WellKnownTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private WellKnownTestHost(WebApplication app, HttpClient client, DialogTokenSigningKey primary, DialogTokenSigningKey secondary)
    {
        this.app = app;
        Client = client;
        Primary = primary;
        Secondary = secondary;
    }

    public HttpClient Client { get; }

    public IDialogTokenKeyRing Ring => app.Services.GetRequiredService<IDialogTokenKeyRing>();

    public DialogTokenSigningKey Primary { get; }

    public DialogTokenSigningKey Secondary { get; }

    public static Dictionary<string, string?> Configuration(DialogTokenSigningKey primary, DialogTokenSigningKey secondary) => new()
    {
        ["DialogService:BaseUri"] = "https://dialogs.example/dialogporten",
        ["DialogService:SigningKeys:Primary:Kid"] = primary.KeyId,
        ["DialogService:SigningKeys:Primary:PrivateComponent"] = Base64Url.EncodeToString(primary.ExportPrivateKey()),
        ["DialogService:SigningKeys:Primary:PublicComponent"] = Base64Url.EncodeToString(primary.PublicKey.RawKey),
        ["DialogService:SigningKeys:Secondary:Kid"] = secondary.KeyId,
        ["DialogService:SigningKeys:Secondary:PrivateComponent"] = Base64Url.EncodeToString(secondary.ExportPrivateKey()),
        ["DialogService:SigningKeys:Secondary:PublicComponent"] = Base64Url.EncodeToString(secondary.PublicKey.RawKey),
    };

    /// <summary>Starts a host; with <paramref name="sqliteFile"/>, on a stored key ring in that SQLite file instead of configured keys.</summary>
    public static async Task<WellKnownTestHost> StartAsync(string? sqliteFile = null)
    {
        var primary = DialogTokenSigningKey.Generate("primary-key");
        var secondary = DialogTokenSigningKey.Generate("secondary-key");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(sqliteFile is null
            ? Configuration(primary, secondary)
            : new Dictionary<string, string?>
            {
                ["DialogService:BaseUri"] = "https://dialogs.example/dialogporten",
                ["DialogService:Database:ConnectionString"] = $"Data Source={sqliteFile}",
            });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        builder.Services.AddDialogTokenKeys(builder.Configuration);
        var app = builder.Build();
        app.MapWellKnownEndpoints();
        await app.Services.MigrateDialogServiceDatabaseAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new WellKnownTestHost(app, new HttpClient { BaseAddress = new Uri(address) }, primary, secondary);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Primary.Dispose();
        Secondary.Dispose();
    }
}
