using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DialogTokens.Portal.Tests;

/// <summary>The portal's host started in-process on 127.0.0.1, port 0, from the project's own folder.</summary>
public sealed class PortalHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private PortalHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<PortalHost> StartAsync(params string[] args)
    {
        var app = PortalApp.Build(
        [
            "--contentRoot", RepositoryFolder("src", "Portal"),
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default", "Warning",
            // src/Portal has no wwwroot of its own: the files are the client's static web assets.
            "--Logging:LogLevel:Microsoft.AspNetCore.StaticFiles", "Error",
            .. args,
        ]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return new PortalHost(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    internal static string RepositoryFolder(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DialogTokens.slnx")))
            {
                return Path.Combine([directory.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("DialogTokens.slnx not found above the test assembly.");
    }
}
