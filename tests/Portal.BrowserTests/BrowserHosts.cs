using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using DialogTokens.Samples.ServiceProvider;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(DialogTokens.Portal.BrowserTests.BrowserHosts))]

namespace DialogTokens.Portal.BrowserTests;

/// <summary>
/// One set of real hosts on 127.0.0.1 and one Chromium for every browser test: the dialog service (Development, SQLite
/// in a temp folder, its identity provider under /idp), the sample service provider, the portal, and the faulty service
/// provider. The dialog service and the sample share one clock that a test can move.
/// </summary>
public sealed class BrowserHosts : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ServiceOwnerScopes = "digdir:dialogporten.serviceprovider digdir:dialogporten.serviceprovider.legacyhtml";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("portal-browser-tests-");
    private readonly List<Func<ValueTask>> stops = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri DialogServiceAddress { get; private set; } = null!;

    public Uri SampleAddress { get; private set; } = null!;

    public Uri PortalAddress { get; private set; } = null!;

    public string PortalOrigin => PortalAddress.GetLeftPart(UriPartial.Authority);

    public FaultyServiceProvider Faulty { get; private set; } = null!;

    public HttpClient DialogService { get; private set; } = null!;

    /// <summary>The spans the dialog service, its PDP and the sample finished.</summary>
    public Spans Spans { get; } = new();

    /// <summary>The clock of the dialog service and the sample; the portal's browser keeps real time.</summary>
    internal ShiftableTimeProvider Clock { get; } = new();

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // Fail, never skip: a machine without Chromium cannot prove the portal works.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}: the browser tests need Debian's chromium. Install it as root with: apt-get update && apt-get install -y chromium");
        }

        // A page load boots the WebAssembly runtime again; on two shared cores with the tests in parallel that can take
        // longer than Playwright's 5 s default, which is not what these tests are about.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);

        var dialogServicePort = FreePort();
        var samplePort = FreePort();
        var portalPort = FreePort();
        DialogServiceAddress = new Uri($"http://127.0.0.1:{dialogServicePort}/");
        SampleAddress = new Uri($"http://127.0.0.1:{samplePort}/");
        PortalAddress = new Uri($"http://127.0.0.1:{portalPort}/");
        var dialogServiceOrigin = DialogServiceAddress.GetLeftPart(UriPartial.Authority);

        Faulty = await FaultyServiceProvider.StartAsync(PortalOrigin, Cancel);
        stops.Add(Faulty.DisposeAsync);

        var dialogService = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("DialogService:BaseUri", dialogServiceOrigin);
            host.UseSetting("DialogService:Database:ConnectionString", $"Data Source={Path.Combine(folder.FullName, "dialogservice.db")}");
            host.UseSetting("AuthorizationStore:ConnectionString", $"Data Source={Path.Combine(folder.FullName, "authorization.db")}");
            host.UseSetting("DialogService:DataProtectionKeys", Path.Combine(folder.FullName, "protection-keys"));
            host.UseSetting("DialogService:DemoServiceProviderUri", SampleAddress.GetLeftPart(UriPartial.Authority));
            host.UseSetting("DialogService:Cors:EndUserOrigins:0", PortalOrigin);
            host.UseSetting("DevelopmentIdentityProvider:PortalRedirectUris:0", new Uri(PortalAddress, "authentication/login-callback").ToString());
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
        dialogService.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, dialogServicePort));
        dialogService.StartServer();
        stops.Add(dialogService.DisposeAsync);
        DialogService = new HttpClient { BaseAddress = DialogServiceAddress };

        // Warm the issuer's metadata first: the sample fetches it once at start-up.
        (await DialogService.GetAsync(new Uri("api/v1/.well-known/jwks.json", UriKind.Relative), Cancel)).EnsureSuccessStatusCode();

        var sample = SampleApp.Build(
            [
                "--contentRoot", Path.Combine(RepositoryRoot(), "samples", "ServiceProvider"),
                "--urls", SampleAddress.GetLeftPart(UriPartial.Authority),
                "--Logging:LogLevel:Default", "Warning",
                "--DialogToken:Authority", DialogServiceAddress.ToString(),
                "--ServiceOwner:DialogServiceUri", DialogServiceAddress.ToString(),
                "--ServiceOwner:TokenUri", new Uri(DialogServiceAddress, "idp/api/GetEnterpriseToken?orgNo=991825827&scopes=digdir:dialogporten.serviceprovider").ToString(),
                "--Cors:AllowedOrigins:0", PortalOrigin,
            ],
            builder => builder.Services.AddSingleton<TimeProvider>(Clock));
        await sample.StartAsync(Cancel);
        stops.Add(sample.DisposeAsync);
        stops.Add(async () => await sample.StopAsync(CancellationToken.None));

        await PortalHost.StartAsync(this, stops, portalPort, Cancel);

        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (no cookies, no storage) with one page.</summary>
    public async Task<IPage> NewPageAsync(string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale ?? "nb-NO", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task<string> EnterpriseTokenAsync(string scopes = ServiceOwnerScopes) =>
        await DialogService.GetStringAsync(new Uri($"idp/api/GetEnterpriseToken?orgNo=991825827&scopes={Uri.EscapeDataString(scopes)}", UriKind.Relative), Cancel);

    public async Task<string> PersonalTokenAsync(string pid) =>
        await DialogService.GetStringAsync(new Uri($"idp/api/GetPersonalToken?pid={pid}&scopes=digdir:dialogporten&authLvl=3", UriKind.Relative), Cancel);

    /// <summary>Creates a dialog through the service-owner API, as a service provider would.</summary>
    public async Task<Guid> CreateDialogAsync(TestDialog dialog, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        dialog = id is { } fixedId ? dialog with { Id = fixedId } : dialog;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/v1/serviceowner/dialogs", UriKind.Relative))
        {
            Content = JsonContent.Create(dialog.ToRequest()),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await EnterpriseTokenAsync());
        request.Headers.Accept.ParseAdd("application/json");
        using var created = await DialogService.SendAsync(request, Cancel);
        var body = await created.Content.ReadAsStringAsync(Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"Creating the dialog answered {(int)created.StatusCode}: {body}");
        return dialog.Id;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        DialogService?.Dispose();
        for (var i = stops.Count - 1; i >= 0; i--)
        {
            await stops[i]();
        }

        Spans.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DialogTokens.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DialogTokens.slnx not found above the test assembly.");
    }
}
