namespace DialogTokens.Tests.Discovery;

public sealed class KeyLoadingTests
{
    [Theory]
    [InlineData("base")]
    [InlineData("base/")]
    [InlineData("issuer")]
    [InlineData("metadata")]
    public async Task StartAsync_LoadsTheKeySet_FromTheBaseTheIssuerOrTheMetadataUrl(string form)
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var authority = form switch
        {
            "base" => world.Issuer.BaseUri,
            "base/" => new Uri(world.Issuer.BaseUri + "/"),
            "issuer" => new Uri(world.Issuer.Issuer),
            _ => world.Issuer.MetadataAddress,
        };
        var discovery = world.Discovery(authority: authority);

        var loaded = await discovery.StartAsync(DiscoveryHarness.Cancellation);

        Assert.True(loaded);
        Assert.Equal(world.Issuer.MetadataAddress, discovery.MetadataAddress);
        Assert.Equal(world.Issuer.Issuer, discovery.Issuer);
        Assert.Equal([TestTokens.Key.KeyId, TestTokens.SecondKey.KeyId], discovery.Current!.Select(k => k.KeyId));
        Assert.Equal((1, 1), (world.Issuer.MetadataRequests, world.Issuer.JwksRequests));
        var result = await DiscoveryHarness.VerifyAsync(world.Validator(discovery), world.Token());
        Assert.True(result.IsValid, result.ToString());
        Assert.True((await DiscoveryHarness.VerifyAsync(world.Validator(discovery), world.Token(TestTokens.SecondKey))).IsValid);
    }

    [Fact]
    public async Task StartAsync_ReportsTheLoadInStatus()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();

        await discovery.StartAsync(DiscoveryHarness.Cancellation);

        var now = world.Clock.GetUtcNow();
        Assert.Equal(new DialogTokenKeyDiscoveryStatus(true, now, null, null, now.AddSeconds(300), 0), discovery.Status);
        Assert.False(discovery.Status.IsStale(now.AddDays(1)));
        Assert.Contains(world.Log.At(Microsoft.Extensions.Logging.LogLevel.Information), m => m.Contains(TestTokens.Key.KeyId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validator_TakesItsIssuerFromTheDiscovery_AndRefusesAnotherIssuersToken()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        var foreign = new DialogTokenIssuer(TestTokens.Key, new DialogTokenIssuerOptions { Issuer = "https://elsewhere.example/api/v1" }, world.Clock)
            .Issue(TestTokens.Descriptor());

        var result = await DiscoveryHarness.VerifyAsync(world.Validator(discovery), foreign);

        Assert.Equal(DialogTokenError.IssuerInvalid, result.Error);
    }

    [Fact]
    public async Task Refresh_KeepsTheSameKeySetInstance_WhenTheIssuerPublishesTheSameKeys()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        var before = discovery.Current;
        world.Clock.Advance(TimeSpan.FromSeconds(30));

        var changed = await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);

        Assert.False(changed);
        Assert.Equal(2, world.Issuer.JwksRequests);
        Assert.Same(before, discovery.Current);
    }

    [Theory]
    [InlineData("https://platform.altinn.no/dialogporten", "https://platform.altinn.no/dialogporten/api/v1")]
    [InlineData("https://platform.altinn.no/dialogporten/", "https://platform.altinn.no/dialogporten/api/v1")]
    [InlineData("https://platform.altinn.no/dialogporten/api/v1", "https://platform.altinn.no/dialogporten/api/v1")]
    [InlineData("https://platform.altinn.no/dialogporten/api/v1/", "https://platform.altinn.no/dialogporten/api/v1")]
    [InlineData("https://platform.altinn.no/dialogporten/api/v1/.well-known/oauth-authorization-server", "https://platform.altinn.no/dialogporten/api/v1")]
    [InlineData("https://platform.altinn.no", "https://platform.altinn.no/api/v1")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/api/v1")]
    public void Authority_DerivesTheIssuerAndTheMetadataAddress(string authority, string issuer)
    {
        using var http = new HttpClient();
        using var discovery = new DialogTokenKeyDiscovery(http, new DialogTokenKeyDiscoveryOptions { Authority = new Uri(authority) });

        Assert.Equal(issuer, discovery.Issuer);
        Assert.Equal(new Uri(issuer + "/.well-known/oauth-authorization-server"), discovery.MetadataAddress);
    }

    [Fact]
    public void Authority_AcceptsTheMetadataUrlAsRfc8414Writes_It()
    {
        using var http = new HttpClient();
        var metadata = new Uri("https://platform.altinn.no/.well-known/oauth-authorization-server/dialogporten/api/v1");

        using var discovery = new DialogTokenKeyDiscovery(http, new DialogTokenKeyDiscoveryOptions { Authority = metadata });

        Assert.Equal("https://platform.altinn.no/dialogporten/api/v1", discovery.Issuer);
        Assert.Equal(metadata, discovery.MetadataAddress);
    }

    [Fact]
    public void Issuer_IsTheConfiguredOne_WhenSet()
    {
        using var http = new HttpClient();
        var options = new DialogTokenKeyDiscoveryOptions { Authority = new Uri("https://internal.example/dialogporten"), Issuer = "https://platform.altinn.no/dialogporten/api/v1" };

        using var discovery = new DialogTokenKeyDiscovery(http, options);

        Assert.Equal("https://platform.altinn.no/dialogporten/api/v1", discovery.Issuer);
        Assert.Equal(new Uri("https://internal.example/dialogporten/api/v1/.well-known/oauth-authorization-server"), discovery.MetadataAddress);
    }
}
