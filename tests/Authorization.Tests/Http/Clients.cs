using Microsoft.Extensions.Options;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>An <see cref="HttpPolicyDecisionPoint"/> aimed at a loopback server, with test-friendly defaults.</summary>
internal static class Clients
{
    public static HttpPolicyDecisionPoint For(Uri baseAddress, TimeProvider? time = null, Action<PolicyDecisionPointOptions>? configure = null)
    {
        var options = new PolicyDecisionPointOptions
        {
            Mode = PolicyDecisionPointMode.Remote,
            RemoteBaseUri = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(1),
        };
        configure?.Invoke(options);
        // As AddPolicyDecisionPoint configures it: redirects are not followed.
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan };
        return new HttpPolicyDecisionPoint(http, Options.Create(options), time ?? TimeProvider.System);
    }

    /// <summary>A loopback address where nothing listens: a port the system gave us, then closed.</summary>
    public static Uri ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
