using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>What the client retries (connection failures, timeouts, 429, 502/503/504) and how often; counted server-side.</summary>
public sealed class ClientRetryTests
{
    private const string OneDeny = """{"Response":[{"Decision":"Deny"}]}""";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Decide_IsNotAvailable_WhenNothingListens()
    {
        var client = Clients.For(Clients.ClosedPort());

        var outcome = await client.DecideAsync(await SingleRequestAsync(), Cancel);

        Assert.Contains("could not be reached (ConnectionError)", outcome.Unavailable, StringComparison.Ordinal);
        Assert.EndsWith("Gave up after 3 attempt(s).", outcome.Unavailable, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_IsNotAvailable_AfterTheConfiguredRetries_WhenTheServerIsTooSlow()
    {
        // The attempt timeout runs on a fake clock: each attempt is timed out only once the server has seen it.
        var time = new FakeTimeProvider();
        await using var server = await ScriptedPdpServer.StartAsync((context, _) => Task.Delay(Timeout.Infinite, context.RequestAborted));
        var client = Clients.For(server.BaseAddress, time, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            o.MaxRetries = 2;
            o.RetryDelay = TimeSpan.Zero;
        });

        var decision = client.DecideAsync(await SingleRequestAsync(), Cancel);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await server.State.WaitForAttemptAsync(attempt);
            time.Advance(TimeSpan.FromSeconds(5));
        }

        var outcome = await decision;
        Assert.Equal(3, server.Attempts);
        Assert.Contains("did not answer within 5 s", outcome.Unavailable, StringComparison.Ordinal);
        Assert.EndsWith("Gave up after 3 attempt(s).", outcome.Unavailable, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_Succeeds_AfterOneRetry_On503()
    {
        await using var server = await ScriptedPdpServer.StartAsync((context, attempt) =>
            attempt == 1 ? ScriptedPdpServer.WriteAsync(context, 503, "{}") : ScriptedPdpServer.WriteAsync(context, 200, OneDeny));

        var outcome = await Clients.For(server.BaseAddress).DecideAsync(await SingleRequestAsync(), Cancel);

        Assert.Equal("Deny", outcome.Response!.Response[0].Decision);
        Assert.Equal(2, server.Attempts);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task Decide_IsNotAvailable_AfterTheConfiguredRetries_OnGatewayErrors(int status)
    {
        await using var server = await ScriptedPdpServer.AnsweringAsync(status, "{}");

        var outcome = await Clients.For(server.BaseAddress, configure: o => o.MaxRetries = 3).DecideAsync(await SingleRequestAsync(), Cancel);

        Assert.Contains($"answered {status}", outcome.Unavailable, StringComparison.Ordinal);
        Assert.EndsWith("Gave up after 4 attempt(s).", outcome.Unavailable, StringComparison.Ordinal);
        Assert.Equal(4, server.Attempts);
    }

    [Fact]
    public async Task Decide_DoesNotRetry_WhenMaxRetriesIsZero()
    {
        await using var server = await ScriptedPdpServer.AnsweringAsync(503, "{}");

        var outcome = await Clients.For(server.BaseAddress, configure: o => o.MaxRetries = 0).DecideAsync(await SingleRequestAsync(), Cancel);

        Assert.EndsWith("Gave up after 1 attempt(s).", outcome.Unavailable, StringComparison.Ordinal);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task Decide_HonoursRetryAfter_On429_WithinTheCap()
    {
        var time = new FakeTimeProvider();
        await using var server = await ScriptedPdpServer.StartAsync((context, attempt) =>
        {
            if (attempt > 1)
            {
                return ScriptedPdpServer.WriteAsync(context, 200, OneDeny);
            }

            context.Response.Headers.RetryAfter = "2";
            return ScriptedPdpServer.WriteAsync(context, 429, "{}");
        });
        var client = Clients.For(server.BaseAddress, time, o => o.MaxRetryAfter = TimeSpan.FromSeconds(2));

        var decision = client.DecideAsync(await SingleRequestAsync(), Cancel);
        await server.State.WaitForAttemptAsync(1);
        for (var step = 0; step < 1000 && !decision.IsCompleted && server.Attempts == 1; step++)
        {
            // The client waits 2 s of fake time before its second attempt; nothing else advances that clock.
            time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(decision, Task.Delay(10, Cancel));
        }

        var outcome = await decision;
        Assert.Equal("Deny", outcome.Response!.Response[0].Decision);
        Assert.Equal(2, server.Attempts);
        Assert.True(time.GetUtcNow() - time.Start >= TimeSpan.FromSeconds(2), "The retry came before Retry-After.");
    }

    [Fact]
    public async Task Decide_IsNotAvailable_WhenRetryAfterExceedsTheCap()
    {
        await using var server = await ScriptedPdpServer.StartAsync((context, _) =>
        {
            context.Response.Headers.RetryAfter = "60";
            return ScriptedPdpServer.WriteAsync(context, StatusCodes.Status429TooManyRequests, "{}");
        });

        var outcome = await Clients.For(server.BaseAddress).DecideAsync(await SingleRequestAsync(), Cancel);

        Assert.Contains("answered 429 Too Many Requests. It asked to retry after 60 s, longer than the 2 s allowed.", outcome.Unavailable, StringComparison.Ordinal);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task Decide_Throws_WhenTheCallerCancels()
    {
        await using var server = await ScriptedPdpServer.StartAsync((context, _) => Task.Delay(Timeout.Infinite, context.RequestAborted));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var decision = Clients.For(server.BaseAddress).DecideAsync(await SingleRequestAsync(), cancel.Token);

        await server.State.WaitForAttemptAsync(1);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => decision);
        Assert.Equal(1, server.Attempts);
    }

    private static async Task<Altinn.Authorization.ABAC.Xacml.JsonProfile.XacmlJsonRequestRoot> SingleRequestAsync() =>
        await Requests.ForDialogAsync(DialogSample.Request() with { Actions = [new DialogAction("read")] });
}
