using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using DialogTokens.Samples.ServiceProvider.WriteActions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DialogTokens.Samples.ServiceProvider.Tests;

/// <summary>
/// The real dialog service (Development defaults, SQLite in a temp folder) and the sample service provider, both on
/// 127.0.0.1. The sample trusts the dialog service's metadata and writes through its service-owner API.
/// </summary>
public sealed class Hosts : IAsyncDisposable
{
    public const string BrowserOrigin = "https://inbox.example";

    private readonly WebApplicationFactory<Program> dialogService;
    private readonly WebApplication sample;
    private readonly DirectoryInfo folder;

    private Hosts(WebApplicationFactory<Program> dialogService, WebApplication sample, DirectoryInfo folder, Uri dialogServiceAddress, Uri sampleAddress, ShiftableTimeProvider sampleTime)
    {
        this.dialogService = dialogService;
        this.sample = sample;
        this.folder = folder;
        DialogServiceAddress = dialogServiceAddress;
        SampleAddress = sampleAddress;
        SampleTime = sampleTime;
        DialogService = new HttpClient { BaseAddress = dialogServiceAddress };
        Sample = new HttpClient { BaseAddress = sampleAddress };
    }

    public Uri DialogServiceAddress { get; }

    public Uri SampleAddress { get; }

    public HttpClient DialogService { get; }

    public HttpClient Sample { get; }

    /// <summary>The sample's clock: move it to make a token expire there.</summary>
    internal ShiftableTimeProvider SampleTime { get; }

    public QueuedWriteActions Queue => sample.Services.GetRequiredService<QueuedWriteActions>();

    /// <summary>Whether the sample is shutting down (a background failure that stops the host would set it).</summary>
    public bool SampleStopping => sample.Lifetime.ApplicationStopping.IsCancellationRequested;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// Starts both. <paramref name="organization"/> is the one the sample writes as, with <paramref name="scopes"/>; <paramref name="serviceOwnerApi"/>
    /// sends the sample's service-owner calls elsewhere (a fake dialog service) while tokens still come from the real one.
    /// </summary>
    public static async Task<Hosts> StartAsync(
        string organization = "991825827", string scopes = "digdir:dialogporten.serviceprovider", Uri? serviceOwnerApi = null, Action<WebApplicationBuilder>? configureSample = null, params string[] sampleArgs)
    {
        var folder = Directory.CreateTempSubdirectory("serviceprovider-tests-");
        var port = FreePort();
        var dialogServiceAddress = new Uri($"http://127.0.0.1:{port}/");
        var dialogService = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("DialogService:BaseUri", $"http://127.0.0.1:{port}");
            host.UseSetting("DialogService:Database:ConnectionString", $"Data Source={Path.Combine(folder.FullName, "dialogservice.db")}");
            host.UseSetting("AuthorizationStore:ConnectionString", $"Data Source={Path.Combine(folder.FullName, "authorization.db")}");
            host.UseSetting("DialogService:DataProtectionKeys", Path.Combine(folder.FullName, "protection-keys"));
            host.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        dialogService.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        dialogService.StartServer();

        // Warm the issuer's metadata path first, so the sample's one start-up fetch does not meet a cold, JIT-bound host.
        using (var warm = new HttpClient { BaseAddress = dialogServiceAddress })
        {
            (await warm.GetAsync(new Uri("api/v1/.well-known/oauth-authorization-server", UriKind.Relative), Cancel)).EnsureSuccessStatusCode();
            (await warm.GetAsync(new Uri("api/v1/.well-known/jwks.json", UriKind.Relative), Cancel)).EnsureSuccessStatusCode();
        }

        var sampleTime = new ShiftableTimeProvider();
        var sample = SampleApp.Build(
            [
                "--contentRoot", SampleFolder(),
                "--urls", "http://127.0.0.1:0",
                "--Logging:LogLevel:Default", "Warning",
                "--DialogToken:Authority", dialogServiceAddress.ToString(),
                "--ServiceOwner:DialogServiceUri", (serviceOwnerApi ?? dialogServiceAddress).ToString(),
                "--ServiceOwner:TokenUri", new Uri(dialogServiceAddress, $"idp/api/GetEnterpriseToken?orgNo={organization}&scopes={scopes}").ToString(),
                "--Cors:AllowedOrigins:0", BrowserOrigin,
                .. sampleArgs,
            ],
            builder =>
            {
                builder.Services.AddSingleton<TimeProvider>(sampleTime);
                configureSample?.Invoke(builder);
            });
        await sample.StartAsync(Cancel);
        var health = await sample.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Cancel);
        Assert.True(health.Status == HealthStatus.Healthy, $"The sample did not load the dialog service's keys at start-up: {string.Join("; ", health.Entries.Select(e => $"{e.Key}: {e.Value.Status} {e.Value.Description}"))}");
        var sampleAddress = new Uri(sample.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return new Hosts(dialogService, sample, folder, dialogServiceAddress, sampleAddress, sampleTime);
    }

    public async Task<string> PersonalTokenAsync(string pid, int level = 3) =>
        await DialogService.GetStringAsync(new Uri($"idp/api/GetPersonalToken?pid={pid}&scopes=digdir:dialogporten&authLvl={level}", UriKind.Relative), Cancel);

    public async Task<string> EnterpriseTokenAsync(string organizationNumber = "991825827") =>
        await DialogService.GetStringAsync(new Uri($"idp/api/GetEnterpriseToken?orgNo={organizationNumber}&scopes=digdir:dialogporten.serviceprovider", UriKind.Relative), Cancel);

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? bearer, object? json = null, string? origin = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (json is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(json);
        }

        return await client.SendAsync(request, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        DialogService.Dispose();
        Sample.Dispose();
        await sample.StopAsync(CancellationToken.None);
        await sample.DisposeAsync();
        await dialogService.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string SampleFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DialogTokens.slnx")))
            {
                return Path.Combine(directory.FullName, "samples", "ServiceProvider");
            }
        }

        throw new InvalidOperationException("DialogTokens.slnx not found above the test assembly.");
    }
}
