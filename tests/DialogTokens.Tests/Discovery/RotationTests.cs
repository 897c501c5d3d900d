namespace DialogTokens.Tests.Discovery;

/// <summary>The issuer publishes a new key and signs with it: tokens of both keys verify throughout.</summary>
public sealed class RotationTests
{
    [Fact]
    public async Task TokenOfANewlyPublishedKey_TriggersOneRefresh_AndVerifies_WhileOldTokensStillDo()
    {
        await using var world = await DiscoveryHarness.StartAsync(TestTokens.Key);
        var discovery = world.Discovery();
        var validator = world.Validator(discovery);
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        var old = world.Token(TestTokens.Key);
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        world.Issuer.Publish([TestTokens.Key.PublicKey, DiscoveryHarness.RotatedKey.PublicKey]);
        var rotated = world.Token(DiscoveryHarness.RotatedKey);

        var result = await DiscoveryHarness.VerifyAsync(validator, rotated);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(2, world.Issuer.JwksRequests);
        Assert.True((await DiscoveryHarness.VerifyAsync(validator, old)).IsValid);
        Assert.True((await DiscoveryHarness.VerifyAsync(validator, rotated)).IsValid);
        Assert.Equal(2, world.Issuer.JwksRequests);
    }

    [Fact]
    public async Task TokenOfANewKey_ArrivingDuringAScheduledRefresh_WaitsForIt_WithoutASecondFetch()
    {
        await using var world = await DiscoveryHarness.StartAsync(TestTokens.Key);
        var discovery = world.Discovery();
        var validator = world.Validator(discovery);
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        world.Issuer.Publish([TestTokens.Key.PublicKey, DiscoveryHarness.RotatedKey.PublicKey]);
        world.Issuer.Slow();
        world.Clock.Advance(TimeSpan.FromSeconds(240));
        await world.Issuer.MetadataRequest(2).WaitAsync(DiscoveryHarness.Cancellation);

        var pending = DiscoveryHarness.VerifyAsync(validator, world.Token(DiscoveryHarness.RotatedKey));
        Assert.False(pending.IsCompleted);
        world.Issuer.Release();

        Assert.True((await pending).IsValid);
        Assert.Equal(2, world.Issuer.JwksRequests);
    }

    [Fact]
    public async Task TokenOfAWithdrawnKey_IsRefused_AfterTheNextRefresh()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        var validator = world.Validator(discovery);
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        var withdrawn = world.Token(TestTokens.Key);
        var kept = world.Token(TestTokens.SecondKey);
        Assert.True((await DiscoveryHarness.VerifyAsync(validator, withdrawn)).IsValid);
        world.Issuer.Publish([TestTokens.SecondKey.PublicKey]);

        world.Clock.Advance(TimeSpan.FromSeconds(240));
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
        Assert.Equal([TestTokens.SecondKey.KeyId], discovery.Current!.Select(k => k.KeyId));

        Assert.Equal(DialogTokenError.KeyNotFound, (await DiscoveryHarness.VerifyAsync(validator, withdrawn)).Error);
        Assert.True((await DiscoveryHarness.VerifyAsync(validator, kept)).IsValid);
    }
}
