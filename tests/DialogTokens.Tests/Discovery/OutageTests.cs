using Microsoft.Extensions.Logging;

namespace DialogTokens.Tests.Discovery;

/// <summary>While the issuer is unreachable the last good key set is used; with none ever loaded, every token is refused.</summary>
public sealed class OutageTests
{
    private static readonly TimeSpan ScheduledRefresh = TimeSpan.FromSeconds(240); // 80 % of max-age=300

    [Fact]
    public async Task ValidTokens_KeepVerifying_ThroughAnOutage_WhichStatusReports()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        var validator = world.Validator(discovery);
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        var loadedAt = world.Clock.GetUtcNow();
        var token = world.Token();
        await world.Issuer.StopAsync();

        // The scheduled refresh fails; joining it waits for it (a refresh is running, so nothing else is fetched).
        world.Clock.Advance(ScheduledRefresh);
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);

        var status = discovery.Status;
        Assert.True(status.HasKeys);
        Assert.Equal(1, status.ConsecutiveFailures);
        Assert.Equal(world.Clock.GetUtcNow(), status.LastFailure);
        Assert.Equal(loadedAt, status.LastSuccess);
        Assert.Contains("could not be read", status.LastError, StringComparison.Ordinal);
        Assert.False(status.IsStale(world.Clock.GetUtcNow()));
        Assert.True((await DiscoveryHarness.VerifyAsync(validator, token)).IsValid);

        // The retry (30 s later) fails too.
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
        Assert.Equal(2, discovery.Status.ConsecutiveFailures);

        // Past the cache lifetime the set is stale, and still used.
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(discovery.Status.IsStale(world.Clock.GetUtcNow()));
        Assert.Equal(loadedAt.AddSeconds(300), discovery.Status.ExpiresAt);
        Assert.True((await DiscoveryHarness.VerifyAsync(validator, token)).IsValid);

        // An unknown kid tries the issuer (the rate limit allows it), fails, and is refused; the set stays.
        var unknown = await DiscoveryHarness.VerifyAsync(validator, world.Token(DiscoveryHarness.RotatedKey));
        Assert.Equal(DialogTokenError.KeyNotFound, unknown.Error);
        Assert.Equal(3, discovery.Status.ConsecutiveFailures);
        Assert.Equal(2, discovery.Current!.Count);
        Assert.True((await DiscoveryHarness.VerifyAsync(validator, token)).IsValid);

        var warnings = world.Log.At(LogLevel.Warning).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("Keeping the last good key set of 2 keys", w, StringComparison.Ordinal));
        Assert.DoesNotContain(world.Log.Entries, e => e.Message.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Discovery_RecoversAfterAnOutage_AtTheNextRetry()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        await world.Issuer.StopAsync();
        world.Clock.Advance(ScheduledRefresh);
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
        Assert.Equal(1, discovery.Status.ConsecutiveFailures);

        await world.Issuer.RestartAsync();
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);

        var status = discovery.Status;
        Assert.Equal((0, null), (status.ConsecutiveFailures, status.LastError));
        Assert.Equal(world.Clock.GetUtcNow(), status.LastSuccess);
        Assert.Equal(world.Clock.GetUtcNow().AddSeconds(-30), status.LastFailure);
        Assert.Contains(world.Log.At(LogLevel.Information), m => m.Contains("works again after 1 failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validation_FailsClosed_WhenNoKeySetWasEverLoaded_AndRecoversAtTheFirstRetry()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery(o => o.RetryInterval = TimeSpan.FromMinutes(10));
        var validator = world.Validator(discovery);
        var token = world.Token();
        await world.Issuer.StopAsync();

        Assert.False(await discovery.StartAsync(DiscoveryHarness.Cancellation));
        Assert.Null(discovery.Current);
        Assert.False(discovery.Status.HasKeys);
        Assert.Equal(1, discovery.Status.ConsecutiveFailures);
        Assert.Contains(world.Log.At(LogLevel.Error), m => m.Contains("keys_unavailable", StringComparison.Ordinal));
        Assert.Equal(DialogTokenError.KeysUnavailable, (await DiscoveryHarness.VerifyAsync(validator, token)).Error);

        // Back, but the last attempt began less than MinimumRefreshInterval (30 s) ago: a token fetches nothing.
        await world.Issuer.RestartAsync();
        Assert.Equal(DialogTokenError.KeysUnavailable, (await DiscoveryHarness.VerifyAsync(validator, token)).Error);
        Assert.Equal(0, world.Issuer.MetadataRequests);

        // The first retry comes after 1 s, not after the 10 min retry interval: nothing can be verified without keys.
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        await world.Issuer.JwksRequest(1).WaitAsync(DiscoveryHarness.Cancellation);
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
        var result = await DiscoveryHarness.VerifyAsync(validator, token);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal((1, 1), (world.Issuer.MetadataRequests, world.Issuer.JwksRequests));
        Assert.True(discovery.Status.HasKeys);
        Assert.Null(discovery.Status.LastError);
    }

    [Fact]
    public async Task Discovery_LoadsKeysInTheBackground_WhenTheIssuerComesBackAfterAFailedStart()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery(o => o.RetryInterval = TimeSpan.FromSeconds(5));
        await world.Issuer.StopAsync();
        Assert.False(await discovery.StartAsync(DiscoveryHarness.Cancellation));

        await world.Issuer.RestartAsync();
        world.Clock.Advance(TimeSpan.FromSeconds(5));
        await world.Issuer.JwksRequest(1).WaitAsync(DiscoveryHarness.Cancellation);
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);

        Assert.True(discovery.Status.HasKeys);
        Assert.Equal(1, world.Issuer.JwksRequests);
    }

    [Fact]
    public async Task AfterAKeySetLoaded_RetriesBackOff_DoublingUpToTenMinutes()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery(o => o.RetryInterval = TimeSpan.FromMinutes(3));
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        await world.Issuer.StopAsync();
        world.Clock.Advance(ScheduledRefresh);
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
        Assert.Equal((2, 1), (discovery.FetchesStarted, discovery.Status.ConsecutiveFailures));

        // 3, 6, then 10 (not 12), then 10 minutes.
        await AssertRetriesAsync(world, discovery, fetchesBefore: 2, failuresBefore: 1, [180, 360, 600, 600]);
        Assert.True(discovery.Status.HasKeys);
    }

    [Fact]
    public async Task BeforeTheFirstKeySet_RetriesBeginAfterOneSecond_AndDoubleOnlyUpToTheRetryInterval()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery(o => o.RetryInterval = TimeSpan.FromSeconds(10));
        await world.Issuer.StopAsync();
        Assert.False(await discovery.StartAsync(DiscoveryHarness.Cancellation));

        // Every token is refused until keys load, so no long back-off: 1, 2, 4, 8, then 10 (not 16), then 10 seconds.
        await AssertRetriesAsync(world, discovery, fetchesBefore: 1, failuresBefore: 1, [1, 2, 4, 8, 10, 10]);
        Assert.False(discovery.Status.HasKeys);

        // Once keys load, a later outage backs off from the retry interval as usual.
        await world.Issuer.RestartAsync();
        world.Clock.Advance(TimeSpan.FromSeconds(10));
        await world.Issuer.JwksRequest(1).WaitAsync(DiscoveryHarness.Cancellation);
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
        Assert.True(discovery.Status.HasKeys);
        await world.Issuer.StopAsync();
        world.Clock.Advance(ScheduledRefresh);
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
        await AssertRetriesAsync(world, discovery, fetchesBefore: 9, failuresBefore: 1, [10, 20, 40]);
    }

    /// <summary>Each retry fires exactly after its delay (in seconds), not a second earlier, and fails again.</summary>
    private static async Task AssertRetriesAsync(DiscoveryHarness world, DialogTokenKeyDiscovery discovery, int fetchesBefore, int failuresBefore, int[] delays)
    {
        var fetches = fetchesBefore;
        var failures = failuresBefore;
        foreach (var seconds in delays)
        {
            world.Clock.Advance(TimeSpan.FromSeconds(seconds) - TimeSpan.FromMilliseconds(100));
            Assert.Equal(fetches, discovery.FetchesStarted);
            world.Clock.Advance(TimeSpan.FromMilliseconds(100));
            Assert.Equal(++fetches, discovery.FetchesStarted);
            await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
            Assert.Equal(++failures, discovery.Status.ConsecutiveFailures);
        }
    }
}
