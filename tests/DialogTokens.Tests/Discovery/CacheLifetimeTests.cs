namespace DialogTokens.Tests.Discovery;

/// <summary>
/// The key set lives as long as the JWKS's <c>Cache-Control: max-age</c> says, within the configured bounds (defaults:
/// 1 min to 24 h, 1 h without max-age), and is refreshed in the background at 80 % of that.
/// </summary>
public sealed class CacheLifetimeTests
{
    public static TheoryData<string?, int> Lifetimes => new()
    {
        { "public, max-age=300", 300 },
        { "public, max-age=1", 60 },
        { "public, max-age=0", 60 },
        { "public, max-age=31536000", 24 * 3600 },
        { null, 3600 },
        { "public", 3600 },
        { "no-store", 3600 },
        { "no-cache, max-age=300", 3600 },
    };

    [Theory]
    [MemberData(nameof(Lifetimes))]
    public async Task KeySetLifetime_IsMaxAge_WithinBounds(string? cacheControl, int seconds)
    {
        await using var world = await DiscoveryHarness.StartAsync();
        world.Issuer.CacheControl = cacheControl;
        var discovery = world.Discovery();

        await discovery.StartAsync(DiscoveryHarness.Cancellation);

        Assert.Equal(world.Clock.GetUtcNow().AddSeconds(seconds), discovery.Status.ExpiresAt);
    }

    [Fact]
    public async Task KeySetLifetime_UsesTheConfiguredBounds()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        world.Issuer.CacheControl = "public, max-age=5";
        var discovery = world.Discovery(o => (o.MinimumCacheDuration, o.DefaultCacheDuration, o.MaximumCacheDuration) =
            (TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30)));

        await discovery.StartAsync(DiscoveryHarness.Cancellation);

        Assert.Equal(world.Clock.GetUtcNow().AddSeconds(10), discovery.Status.ExpiresAt);
    }

    [Theory]
    [InlineData("public, max-age=1", 48)]
    [InlineData("public, max-age=300", 240)]
    [InlineData(null, 2880)]
    [InlineData("public, max-age=31536000", 69120)]
    public async Task BackgroundRefresh_RunsAtEightyPercentOfTheLifetime(string? cacheControl, int refreshSeconds)
    {
        await using var world = await DiscoveryHarness.StartAsync();
        world.Issuer.CacheControl = cacheControl;
        var discovery = world.Discovery();
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        var loadedAt = world.Clock.GetUtcNow();

        // The timer fires inside Advance, so "no fetch yet" is known without waiting.
        world.Clock.Advance(TimeSpan.FromSeconds(refreshSeconds - 1));
        Assert.Equal(1, discovery.FetchesStarted);
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        var requestedAt = await world.Issuer.JwksRequest(2).WaitAsync(DiscoveryHarness.Cancellation);
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);

        Assert.Equal(loadedAt.AddSeconds(refreshSeconds), requestedAt);
        Assert.Equal(world.Clock.GetUtcNow(), discovery.Status.LastSuccess);
        Assert.False(discovery.Status.IsStale(world.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task BackgroundRefresh_PicksUpANewLifetime_EachTime()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        world.Issuer.CacheControl = "public, max-age=100";

        world.Clock.Advance(TimeSpan.FromSeconds(240));
        await world.Issuer.JwksRequest(2).WaitAsync(DiscoveryHarness.Cancellation);
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
        world.Clock.Advance(TimeSpan.FromSeconds(80));
        var third = await world.Issuer.JwksRequest(3).WaitAsync(DiscoveryHarness.Cancellation);

        Assert.Equal(TestTokens.Now.AddSeconds(320), third);
    }
}
