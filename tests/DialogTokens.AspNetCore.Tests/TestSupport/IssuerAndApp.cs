using System.Net;
using System.Net.Sockets;

namespace DialogTokens.AspNetCore.Tests.TestSupport;

/// <summary>A fake issuer and a protected app that trusts it, shared by the tests of one class.</summary>
public sealed class IssuerAndApp : IAsyncLifetime
{
    private FakeIssuer? _issuer;
    private ProtectedApp? _app;

    internal FakeIssuer Issuer => _issuer ?? throw new InvalidOperationException("Not started.");

    internal ProtectedApp App => _app ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        _issuer = await FakeIssuer.StartAsync();
        _app = await ProtectedApp.StartAsync(_issuer.BaseAddress);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_issuer is not null)
        {
            await _issuer.DisposeAsync();
        }
    }

    /// <summary>An address on 127.0.0.1 where nothing listens: connections are refused at once.</summary>
    internal static string ClosedAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
