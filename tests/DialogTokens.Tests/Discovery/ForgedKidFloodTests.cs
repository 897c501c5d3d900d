namespace DialogTokens.Tests.Discovery;

/// <summary>A flood of tokens with forged kids cannot make the verifier hammer the issuer.</summary>
[Collection(nameof(MeteredTests))]
public sealed class ForgedKidFloodTests
{
    [Fact]
    public async Task AFloodOfForgedKids_CausesAtMostOneFetchPerMinimumRefreshInterval()
    {
        const int Tokens = 10_000, Batch = 100;
        var step = TimeSpan.FromSeconds(0.95);
        var interval = TimeSpan.FromSeconds(30);
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery(o => o.MinimumRefreshInterval = interval);
        var validator = world.Validator(discovery);
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        using var metrics = new MetricsRecorder();
        var began = world.Clock.GetUtcNow();

        for (var sent = 0; sent < Tokens; sent += Batch)
        {
            if (sent > 0)
            {
                world.Clock.Advance(step);
            }

            var results = await Task.WhenAll(Enumerable.Range(0, Batch).Select(_ => DiscoveryHarness.VerifyAsync(validator, DiscoveryHarness.ForgedToken())));
            Assert.All(results, r => Assert.Equal(DialogTokenError.KeyNotFound, r.Error));
        }

        var elapsed = world.Clock.GetUtcNow() - began;
        var fetches = world.Issuer.JwksRequests - 1;
        Assert.True(elapsed < TimeSpan.FromSeconds(100));
        Assert.InRange(fetches, 1, (int)Math.Ceiling(elapsed / interval) + 1);
        Assert.Equal(fetches, metrics.RefreshesFor("unknown_kid:success"));
        Assert.Equal(fetches, discovery.FetchesStarted - 1);

        // Each forged token either began a fetch, waited for one already running, or was refused by the rate limit.
        Assert.InRange(metrics.Skipped, Tokens - (Batch * fetches), Tokens - fetches);
        Assert.True(discovery.Status.HasKeys);
        Assert.Equal(2, discovery.Current!.Count);

        // Once the interval has passed since the last fetch, the next unknown kid is fetched for again, and only once.
        world.Clock.Advance(interval);
        var skipped = metrics.Skipped;
        await DiscoveryHarness.VerifyAsync(validator, DiscoveryHarness.ForgedToken());
        await DiscoveryHarness.VerifyAsync(validator, DiscoveryHarness.ForgedToken());
        Assert.Equal(fetches + 2, world.Issuer.JwksRequests);
        Assert.Equal(skipped + 1, metrics.Skipped);
    }

    [Fact]
    public async Task EveryFetch_IsCountedWithItsReasonAndOutcome()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery(o => o.RetryInterval = TimeSpan.FromSeconds(10));
        using var metrics = new MetricsRecorder();

        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
        await world.Issuer.StopAsync();
        world.Clock.Advance(TimeSpan.FromSeconds(240));
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
        world.Clock.Advance(TimeSpan.FromSeconds(10));
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);

        Assert.Equal(1, metrics.RefreshesFor("start:success"));
        Assert.Equal(1, metrics.RefreshesFor("unknown_kid:success"));
        Assert.Equal(1, metrics.RefreshesFor("scheduled:failure"));
        Assert.Equal(1, metrics.RefreshesFor("retry:failure"));
        Assert.Equal(4, metrics.Refreshes.Values.Sum());
    }
}
