namespace DialogTokens.Tests.Discovery;

/// <summary>However many requests wait for a refresh, the issuer sees one fetch.</summary>
public sealed class SingleFlightTests
{
    [Fact]
    public async Task AThousandConcurrentValidations_OfATokenWithANewKid_CauseOneFetch()
    {
        const int Calls = 1000;
        await using var world = await DiscoveryHarness.StartAsync(TestTokens.Key);
        var discovery = world.Discovery();
        var validator = world.Validator(discovery);
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        world.Issuer.Publish([TestTokens.Key.PublicKey, DiscoveryHarness.RotatedKey.PublicKey]);
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        var token = world.Token(DiscoveryHarness.RotatedKey);
        world.Issuer.Slow();

        var started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, Calls).Select(_ => Task.Run(() =>
        {
            var call = DiscoveryHarness.VerifyAsync(validator, token);
            if (Interlocked.Increment(ref started) == Calls)
            {
                allStarted.SetResult();
            }

            return call;
        })).ToArray();
        await allStarted.Task.WaitAsync(DiscoveryHarness.Cancellation);
        await world.Issuer.MetadataRequest(2).WaitAsync(DiscoveryHarness.Cancellation);

        // Every call is waiting for the one fetch, which waits for the issuer.
        Assert.DoesNotContain(calls, c => c.IsCompleted);
        world.Issuer.Release();
        var results = await Task.WhenAll(calls);

        Assert.All(results, r => Assert.True(r.IsValid, r.ToString()));
        Assert.Equal((2, 2), (world.Issuer.MetadataRequests, world.Issuer.JwksRequests));
        Assert.Equal(2, discovery.FetchesStarted);
    }

    [Fact]
    public async Task StartAsync_CancelledByItsCaller_StopsWaiting_ButTheFetchGoesOn()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        world.Issuer.Slow();
        using var cancel = new CancellationTokenSource();
        var start = discovery.StartAsync(cancel.Token);
        await world.Issuer.MetadataRequest(1).WaitAsync(DiscoveryHarness.Cancellation);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => start);

        world.Issuer.Release();
        Assert.True(await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation));
        Assert.True(discovery.Status.HasKeys);
        Assert.Equal(1, discovery.FetchesStarted);
    }

    [Fact]
    public async Task Dispose_IsIdempotent_StopsRefreshing_AndRefusesToStart()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        await discovery.StartAsync(DiscoveryHarness.Cancellation);

        discovery.Dispose();
        await discovery.DisposeAsync();
        discovery.Dispose();
        world.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, discovery.FetchesStarted);
        Assert.False(await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation));
        Assert.Equal(1, world.Issuer.JwksRequests);
        Assert.NotNull(discovery.Current);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => discovery.StartAsync(DiscoveryHarness.Cancellation));
    }

    [Fact]
    public async Task DisposeAsync_CancelsARunningFetch_AndWaitsForIt()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        world.Issuer.Slow();
        var start = discovery.StartAsync(DiscoveryHarness.Cancellation);
        await world.Issuer.MetadataRequest(1).WaitAsync(DiscoveryHarness.Cancellation);

        await discovery.DisposeAsync();

        Assert.False(await start);
        Assert.False(discovery.Status.HasKeys);
    }
}
