using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DialogTokens.Tests.Discovery;

/// <summary>How the fake issuer misbehaves (public: theories take it as data).</summary>
public enum IssuerFault
{
    None,
    MetadataNotJson,
    MetadataWrongIssuer,
    MetadataIssuerWithControlCharacters,
    MetadataIssuerWithLoneSurrogate,
    MetadataServerError,
    MetadataNotFound,
    JwksNotJson,
    JwksMalformedKey,
    JwksNoKeys,
    JwksServerError,
    JwksHtmlContentType,
    JwksTooLarge,
    JwksTooLargeDeclared,
}

/// <summary>
/// The dialog service's metadata and JWKS, served by a real Kestrel server on 127.0.0.1 (port 0) under a path base,
/// with switches a test flips: slow (answers wait for <see cref="Release"/>), stopped (connection refused), faults,
/// rotation, <c>Cache-Control</c>; and counters and arrival signals of requests, stamped with the test's fake clock.
/// </summary>
internal sealed class FakeIssuer : IAsyncDisposable
{
    public const string MetadataPath = "/api/v1/.well-known/oauth-authorization-server";
    public const string JwksPath = "/api/v1/.well-known/jwks.json";

    private readonly TimeProvider _clock;
    private readonly string _pathBase;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<DateTimeOffset>> _jwksArrivals = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<DateTimeOffset>> _metadataArrivals = new();
    private WebApplication? _app;
    private int _port;
    private volatile string _jwks = """{"keys":[]}""";
    private volatile TaskCompletionSource _gate = Completed();
    private int _metadataRequests;
    private int _jwksRequests;

    private FakeIssuer(TimeProvider clock, string pathBase)
    {
        _clock = clock;
        _pathBase = pathBase;
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;&lt;path base&gt;</c>, without a trailing slash.</summary>
    public Uri BaseUri => new($"http://127.0.0.1:{_port}{_pathBase}");

    /// <summary>The issuer it names in its metadata (unless <see cref="MetadataIssuer"/> says otherwise): base plus <c>/api/v1</c>.</summary>
    public string Issuer => BaseUri + "/api/v1";

    public Uri MetadataAddress => new(Issuer + "/.well-known/oauth-authorization-server");

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    /// <summary>The <c>Cache-Control</c> of both documents; null for none.</summary>
    public string? CacheControl { get; set; } = "public, max-age=300";

    public IssuerFault Fault { get; set; }

    /// <summary>Overrides the metadata's <c>issuer</c>.</summary>
    public string? MetadataIssuer { get; set; }

    /// <summary>Overrides the metadata's <c>jwks_uri</c>.</summary>
    public string? JwksUri { get; set; }

    public static async Task<FakeIssuer> StartAsync(TimeProvider clock, IEnumerable<DialogTokenPublicKey> keys, string pathBase = "/dialogporten")
    {
        var issuer = new FakeIssuer(clock, pathBase);
        issuer.Publish(keys);
        await issuer.ListenAsync(port: 0);
        return issuer;
    }

    /// <summary>Publishes a new key set (rotation).</summary>
    public void Publish(IEnumerable<DialogTokenPublicKey> keys) => _jwks = DialogTokenJwk.WriteKeySet(keys);

    /// <summary>From now on, requests wait (after being counted and signalled) until <see cref="Release"/>.</summary>
    public void Slow() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    /// <summary>The fake time at which the <paramref name="number"/>th JWKS request (from 1) arrived, once it has.</summary>
    public Task<DateTimeOffset> JwksRequest(int number) => Arrival(_jwksArrivals, number).Task;

    public Task<DateTimeOffset> MetadataRequest(int number) => Arrival(_metadataArrivals, number).Task;

    /// <summary>Stops listening: connections are refused until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    /// <summary>Listens again, on the same port.</summary>
    public Task RestartAsync() => ListenAsync(_port);

    public async ValueTask DisposeAsync()
    {
        Release();
        await StopAsync();
    }

    private async Task ListenAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(AnswerAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        _port = new Uri(address).Port;
        _app = app;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path == _pathBase + MetadataPath)
        {
            Arrival(_metadataArrivals, Interlocked.Increment(ref _metadataRequests)).TrySetResult(_clock.GetUtcNow());
            await _gate.Task.WaitAsync(context.RequestAborted);
            await WriteMetadataAsync(context);
        }
        else if (path == _pathBase + JwksPath)
        {
            Arrival(_jwksArrivals, Interlocked.Increment(ref _jwksRequests)).TrySetResult(_clock.GetUtcNow());
            await _gate.Task.WaitAsync(context.RequestAborted);
            await WriteJwksAsync(context);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private Task WriteMetadataAsync(HttpContext context)
    {
        var issuer = Fault switch
        {
            IssuerFault.MetadataWrongIssuer => "https://impostor.example/api/v1",
            // JSON escapes: the document is valid, the issuer it names holds ESC, CR, LF, TAB and a non-ASCII letter.
            IssuerFault.MetadataIssuerWithControlCharacters => @"https://impostor.example/\u001b[31m\r\nFAKE LOG LINE\t\u00fcber",
            IssuerFault.MetadataIssuerWithLoneSurrogate => @"\ud800",
            _ => MetadataIssuer ?? Issuer,
        };
        var jwksUri = JwksUri ?? Issuer + "/.well-known/jwks.json";
        return Fault switch
        {
            IssuerFault.MetadataServerError => Status(context, StatusCodes.Status500InternalServerError),
            IssuerFault.MetadataNotFound => Status(context, StatusCodes.Status404NotFound),
            IssuerFault.MetadataNotJson => WriteAsync(context, "application/json", "<html>Service Unavailable</html>"),
            _ => WriteAsync(context, "application/json", $$"""{"issuer":"{{issuer}}","jwks_uri":"{{jwksUri}}"}"""),
        };
    }

    private async Task WriteJwksAsync(HttpContext context)
    {
        switch (Fault)
        {
            case IssuerFault.JwksServerError:
                await Status(context, StatusCodes.Status500InternalServerError);
                break;
            case IssuerFault.JwksNotJson:
                await WriteAsync(context, "application/json", "{\"keys\":[");
                break;
            case IssuerFault.JwksMalformedKey:
                // One Ed25519 key whose x is 31 bytes: the whole set is refused.
                await WriteAsync(context, "application/json", _jwks.Replace("\"keys\":[", "\"keys\":[{\"kty\":\"OKP\",\"use\":\"sig\",\"kid\":\"bad\",\"crv\":\"Ed25519\",\"x\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\",\"alg\":\"EdDSA\"},", StringComparison.Ordinal));
                break;
            case IssuerFault.JwksNoKeys:
                await WriteAsync(context, "application/json", """{"keys":[{"kty":"RSA","kid":"rsa-1","n":"AQAB","e":"AQAB"}]}""");
                break;
            case IssuerFault.JwksHtmlContentType:
                await WriteAsync(context, "text/html", _jwks);
                break;
            case IssuerFault.JwksTooLarge:
                await WriteHugeAsync(context, declareLength: false);
                break;
            case IssuerFault.JwksTooLargeDeclared:
                await WriteHugeAsync(context, declareLength: true);
                break;
            default:
                await WriteAsync(context, "application/json", _jwks);
                break;
        }
    }

    private async Task WriteHugeAsync(HttpContext context, bool declareLength)
    {
        // A valid JWKS padded with white space to 4 MiB: only its size is wrong.
        var padding = new byte[64 * 1024];
        padding.AsSpan().Fill((byte)' ');
        const int Chunks = 64;
        var json = System.Text.Encoding.UTF8.GetBytes(_jwks);
        SetHeaders(context, "application/json");
        if (declareLength)
        {
            context.Response.ContentLength = json.Length + (Chunks * padding.Length);
        }

        try
        {
            await context.Response.Body.WriteAsync(json, context.RequestAborted);
            for (var i = 0; i < Chunks; i++)
            {
                await context.Response.Body.WriteAsync(padding, context.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client stopped reading, as it should.
        }
    }

    private Task WriteAsync(HttpContext context, string contentType, string body)
    {
        SetHeaders(context, contentType);
        return context.Response.WriteAsync(body, context.RequestAborted);
    }

    private void SetHeaders(HttpContext context, string contentType)
    {
        context.Response.ContentType = contentType;
        if (CacheControl is not null)
        {
            context.Response.Headers.CacheControl = CacheControl;
        }
    }

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static TaskCompletionSource<DateTimeOffset> Arrival(ConcurrentDictionary<int, TaskCompletionSource<DateTimeOffset>> arrivals, int number) =>
        arrivals.GetOrAdd(number, _ => new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously));

    private static TaskCompletionSource Completed()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.SetResult();
        return gate;
    }
}
