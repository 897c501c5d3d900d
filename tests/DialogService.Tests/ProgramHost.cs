using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DialogTokens.DialogService.Tests;

/// <summary>
/// The real host (<c>Program</c>) on Kestrel at 127.0.0.1, port 0, in an environment of the test's choosing, over SQLite
/// files in a folder of its own; only the settings given are changed from appsettings.
/// </summary>
internal sealed class ProgramHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;
    private readonly DirectoryInfo data;

    private ProgramHost(WebApplicationFactory<Program> factory, DirectoryInfo data)
    {
        this.factory = factory;
        this.data = data;
    }

    public IServiceProvider Services => factory.Services;

    public static ProgramHost Start(string environment, params (string Key, string? Value)[] settings)
    {
        var data = Directory.CreateTempSubdirectory("dialogservice-host-");
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment(environment);
            host.UseSetting("DialogService:Database:ConnectionString", $"Data Source={Path.Combine(data.FullName, "dialogservice.db")}");
            host.UseSetting("AuthorizationStore:ConnectionString", $"Data Source={Path.Combine(data.FullName, "authorization.db")}");
            host.UseSetting("DialogService:DataProtectionKeys", Path.Combine(data.FullName, "protection-keys"));
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        return new ProgramHost(factory, data);
    }

    public HttpClient CreateClient() => factory.CreateClient();

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);
    }
}
