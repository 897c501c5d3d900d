using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace DialogTokens.Cli.Tests;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1, port 0, that answers GETs with fixed JSON bodies by path and 404 otherwise.
/// Enough to serve a JWKS and issuer metadata without ASP.NET.
/// </summary>
internal sealed class JsonServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, string> _routes;
    private readonly Task _accepting;

    /// <param name="routes">Bodies by path; <c>{base}</c> in a body becomes the server's base URL.</param>
    public JsonServer(IReadOnlyDictionary<string, string> routes)
    {
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _routes = routes.ToDictionary(r => r.Key, r => r.Value.Replace("{base}", BaseUrl, StringComparison.Ordinal), StringComparer.Ordinal);
        _accepting = AcceptAsync();
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;</c>, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The paths requested, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, System.Text.Encoding.ASCII, leaveOpen: true);
            var requestLine = await reader.ReadLineAsync(_stop.Token) ?? "";
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync(_stop.Token)))
            {
                // Skip the headers.
            }

            var path = requestLine.Split(' ') is [_, var target, ..] ? target : "";
            Requests.Enqueue(path);
            var (status, body) = _routes.TryGetValue(path, out var json) ? ("200 OK", json) : ("404 Not Found", "{\"title\":\"Not Found\"}");
            var bytes = System.Text.Encoding.UTF8.GetBytes(body);
            var head = $"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head), _stop.Token);
            await stream.WriteAsync(bytes, _stop.Token);
        }
    }
}
