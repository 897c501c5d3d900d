using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>A real Kestrel server on 127.0.0.1 and a port the system picks; disposed, it stops.</summary>
internal sealed class LoopbackHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<LoopbackHost> StartAsync(Action<IServiceCollection> services, Action<WebApplication> endpoints)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        services(builder.Services);
        var app = builder.Build();
        endpoints(app);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LoopbackHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Our XACML endpoint over <paramref name="pdp"/>.</summary>
    public static Task<LoopbackHost> StartPdpAsync(IXacmlPolicyDecisionPoint pdp) =>
        StartAsync(services => services.AddSingleton(pdp), app => app.MapPolicyDecisionPointEndpoints());

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
