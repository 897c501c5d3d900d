using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>
/// A Kestrel server that answers <c>POST /authorization/api/v1/authorize</c> with a script: the handler gets the
/// 1-based attempt number. It counts the attempts and keeps the request headers, so tests check retries server-side.
/// </summary>
internal sealed class ScriptedPdpServer : IAsyncDisposable
{
    private readonly LoopbackHost host;

    private ScriptedPdpServer(LoopbackHost host, ScriptedPdpState state)
    {
        this.host = host;
        State = state;
    }

    public Uri BaseAddress => host.BaseAddress;

    public ScriptedPdpState State { get; }

    public int Attempts => State.Attempts;

    public static async Task<ScriptedPdpServer> StartAsync(Func<HttpContext, int, Task> handler)
    {
        var state = new ScriptedPdpState();
        var host = await LoopbackHost.StartAsync(_ => { }, app => app.MapPost(PolicyDecisionPointEndpoints.AuthorizePath, async context =>
        {
            var attempt = state.Arrive(context);
            await handler(context, attempt);
        }));
        return new ScriptedPdpServer(host, state);
    }

    /// <summary>Answers <paramref name="status"/> with <paramref name="body"/> (JSON) on every attempt.</summary>
    public static Task<ScriptedPdpServer> AnsweringAsync(int status, string body, string contentType = "application/json") =>
        StartAsync((context, _) => WriteAsync(context, status, body, contentType));

    public static async Task WriteAsync(HttpContext context, int status, string body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}

/// <summary>What a <see cref="ScriptedPdpServer"/> saw.</summary>
internal sealed class ScriptedPdpState
{
    private readonly System.Threading.Channels.Channel<int> arrivals = System.Threading.Channels.Channel.CreateUnbounded<int>();
    private int attempts;

    public int Attempts => Volatile.Read(ref attempts);

    public IHeaderDictionary? LastHeaders { get; private set; }

    /// <summary>Completes when attempt <paramref name="attempt"/> has reached the handler (a bug fails the test after 30 s, not hang it).</summary>
    public async Task WaitForAttemptAsync(int attempt)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bound.CancelAfter(TimeSpan.FromSeconds(30));
        while (await arrivals.Reader.ReadAsync(bound.Token) < attempt)
        {
        }
    }

    internal int Arrive(HttpContext context)
    {
        LastHeaders = new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value));
        var attempt = Interlocked.Increment(ref attempts);
        arrivals.Writer.TryWrite(attempt);
        return attempt;
    }
}
