using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Tests.Keys;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.DialogService.Tests.EndToEnd;

/// <summary>
/// The real dialog service (<c>Program</c>) as the README starts it, Development with the identity provider, the
/// embedded PDP and the demo seed, on Kestrel at 127.0.0.1, over a database of its own (SQLite or PostgreSQL).
/// Its clock is a <see cref="FakeTimeProvider"/> so that a test can let a key's publish lead time pass.
/// </summary>
public sealed class DialogServiceTestHost : IAsyncDisposable
{
    /// <summary>The organization that owns the demo resources.</summary>
    public const string DemoOwner = "991825827";

    /// <summary>The publish lead time in these tests: the minimum, so a rotation can be forced by moving the clock.</summary>
    public static readonly TimeSpan PublishLeadTime = TimeSpan.FromMinutes(1);

    private readonly WebApplicationFactory<Program> factory;
    private readonly KeysTestDatabase database;
    private readonly DirectoryInfo folder;

    private DialogServiceTestHost(WebApplicationFactory<Program> factory, KeysTestDatabase database, DirectoryInfo folder, Uri baseAddress, FakeTimeProvider time)
    {
        this.factory = factory;
        this.database = database;
        this.folder = folder;
        BaseAddress = baseAddress;
        Time = time;
        Client = factory.CreateClient();
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => factory.Services;

    public Uri MetadataUri => new(BaseAddress, "api/v1/.well-known/oauth-authorization-server");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<DialogServiceTestHost> StartAsync(
        DialogServiceDatabaseProvider provider, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var database = await KeysTestDatabase.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("dialogservice-e2e-");
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);

        // The issuer (BaseUri) must name the real port, so the port is picked before start rather than by Kestrel.
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("DialogService:BaseUri", baseAddress.ToString().TrimEnd('/'));
            host.UseSetting("DialogService:Database:Provider", provider.ToString());
            host.UseSetting("DialogService:Database:ConnectionString", database.Options.ConnectionString);
            host.UseSetting("AuthorizationStore:Provider", provider.ToString());
            host.UseSetting("AuthorizationStore:ConnectionString", provider == DialogServiceDatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(folder.FullName, "authorization.db")}"
                : database.Options.ConnectionString);
            host.UseSetting("DialogService:DataProtectionKeys", Path.Combine(folder.FullName, "protection-keys"));
            host.UseSetting("DialogService:KeyRotation:PublishLeadTime", PublishLeadTime.ToString());
            host.UseSetting("DialogService:KeyRotation:RefreshInterval", "00:00:30");
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                host.UseSetting(key, value);
            }

            host.ConfigureTestServices(collection =>
            {
                collection.AddSingleton<TimeProvider>(time);
                services?.Invoke(collection);
            });
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        return new DialogServiceTestHost(factory, database, folder, baseAddress, time);
    }

    /// <summary>An ID-porten style token from the development identity provider, over HTTP.</summary>
    public Task<string> PersonalTokenAsync(string pid, int authenticationLevel = 3, string scopes = "digdir:dialogporten") =>
        Client.GetStringAsync(new Uri($"idp/api/GetPersonalToken?pid={pid}&scopes={Uri.EscapeDataString(scopes)}&authLvl={authenticationLevel}", UriKind.Relative), Cancel);

    /// <summary>A Maskinporten style token from the development identity provider, over HTTP.</summary>
    public Task<string> EnterpriseTokenAsync(string organizationNumber = DemoOwner, string scopes = "digdir:dialogporten.serviceprovider") =>
        Client.GetStringAsync(new Uri($"idp/api/GetEnterpriseToken?orgNo={organizationNumber}&scopes={Uri.EscapeDataString(scopes)}", UriKind.Relative), Cancel);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (body is string raw)
        {
            request.Content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await Client.SendAsync(request, Cancel);
    }

    /// <summary>
    /// A verifier built from nothing but the metadata URL, as a service provider would: metadata → issuer and
    /// jwks_uri → key set. Its clock is the host's.
    /// </summary>
    public async Task<DialogTokenVerifier> VerifierFromMetadataAsync()
    {
        using var anonymous = new HttpClient();
        var metadata = await anonymous.GetFromJsonAsync<JsonElement>(MetadataUri, Cancel);
        var issuer = metadata.GetProperty("issuer").GetString()!;
        var jwks = await anonymous.GetStringAsync(new Uri(metadata.GetProperty("jwks_uri").GetString()!), Cancel);
        Assert.True(DialogTokenJwk.TryReadKeySet(jwks, out var keys, out var error), error);
        return new DialogTokenVerifier(keys, new DialogTokenValidationOptions { Issuer = issuer, CacheVerifiedTokens = false }, Time);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        await database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    /// <summary>A port nothing listens on now (bound and released at once).</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
