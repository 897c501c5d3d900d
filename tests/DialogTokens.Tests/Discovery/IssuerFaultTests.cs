namespace DialogTokens.Tests.Discovery;

/// <summary>An issuer that answers garbage is treated as an unreachable one: the last good key set stays, and Status says why.</summary>
public sealed class IssuerFaultTests
{
    public static TheoryData<IssuerFault, string> Faults => new()
    {
        { IssuerFault.MetadataNotJson, "oauth-authorization-server is not valid JSON" },
        { IssuerFault.MetadataWrongIssuer, "names the issuer 'https://impostor.example/api/v1'" },
        { IssuerFault.MetadataIssuerWithControlCharacters, "names the issuer 'https://impostor.example/?[31m??FAKE LOG LINE??ber'" },
        { IssuerFault.MetadataIssuerWithLoneSurrogate, "oauth-authorization-server is not valid JSON: a string escapes an unpaired surrogate" },
        { IssuerFault.MetadataServerError, "oauth-authorization-server answered 500" },
        { IssuerFault.MetadataNotFound, "oauth-authorization-server answered 404" },
        { IssuerFault.JwksNotJson, "is unusable: Not valid JSON" },
        { IssuerFault.JwksMalformedKey, "is unusable: keys[0]: \"x\" must be 32 bytes" },
        { IssuerFault.JwksNoKeys, "holds no Ed25519 key" },
        { IssuerFault.JwksServerError, "jwks.json answered 500" },
        { IssuerFault.JwksHtmlContentType, "is 'text/html', not JSON" },
        { IssuerFault.JwksTooLarge, "is larger than 65536 bytes (MaxResponseBytes)" },
        { IssuerFault.JwksTooLargeDeclared, "is larger than 65536 bytes (MaxResponseBytes)" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Garbage_KeepsTheLastGoodKeySet_AndIsReportedInStatus(IssuerFault fault, string reason)
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery(o => o.MaxResponseBytes = 64 * 1024);
        var validator = world.Validator(discovery);
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        var good = discovery.Current;
        var token = world.Token();
        world.Issuer.Fault = fault;
        world.Clock.Advance(TimeSpan.FromSeconds(30));

        var changed = await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);

        Assert.False(changed);
        Assert.Same(good, discovery.Current);
        var status = discovery.Status;
        Assert.True(status.HasKeys);
        Assert.Equal(1, status.ConsecutiveFailures);
        Assert.Equal(world.Clock.GetUtcNow(), status.LastFailure);
        Assert.Contains(reason, status.LastError, StringComparison.Ordinal);
        Assert.True((await DiscoveryHarness.VerifyAsync(validator, token)).IsValid);

        // Healed, the next refresh clears the error.
        world.Issuer.Fault = IssuerFault.None;
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        await discovery.RefreshForUnknownKeyAsync(DiscoveryHarness.Cancellation);
        Assert.Equal((0, null), (discovery.Status.ConsecutiveFailures, discovery.Status.LastError));
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Garbage_AtStart_LoadsNothing(IssuerFault fault, string reason)
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery(o => o.MaxResponseBytes = 64 * 1024);
        world.Issuer.Fault = fault;

        Assert.False(await discovery.StartAsync(DiscoveryHarness.Cancellation));

        Assert.Null(discovery.Current);
        Assert.Contains(reason, discovery.Status.LastError, StringComparison.Ordinal);
        var result = await DiscoveryHarness.VerifyAsync(world.Validator(discovery), world.Token());
        Assert.Equal(DialogTokenError.KeysUnavailable, result.Error);
    }

    [Fact]
    public async Task MetadataNamingAnotherIssuer_IsRefused_BeforeItsJwksUriIsFollowed()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        world.Issuer.MetadataIssuer = world.Issuer.Issuer + "/";

        Assert.False(await discovery.StartAsync(DiscoveryHarness.Cancellation));

        Assert.Contains("RFC 8414 §3.3", discovery.Status.LastError, StringComparison.Ordinal);
        Assert.Equal((1, 0), (world.Issuer.MetadataRequests, world.Issuer.JwksRequests));
    }

    [Fact]
    public async Task MetadataNamingTheConfiguredIssuer_IsAccepted_WhenAGatewayServesIt()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        const string Public = "https://platform.altinn.no/dialogporten/api/v1";
        var discovery = world.Discovery(o => o.Issuer = Public);
        world.Issuer.MetadataIssuer = Public;

        Assert.True(await discovery.StartAsync(DiscoveryHarness.Cancellation));
        Assert.Equal(Public, discovery.Issuer);
    }

    [Theory]
    [InlineData("http://keys.example/jwks.json", "must use https")]
    [InlineData("ftp://keys.example/jwks.json", "must be an absolute http(s) URI")]
    [InlineData("/api/v1/.well-known/jwks.json", "must be an absolute http(s) URI")]
    [InlineData("not a uri", "must be an absolute http(s) URI")]
    public async Task JwksUri_IsRefused_WhenItIsNotHttpsOrLoopback(string jwksUri, string reason)
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        world.Issuer.JwksUri = jwksUri;

        Assert.False(await discovery.StartAsync(DiscoveryHarness.Cancellation));

        Assert.Contains($"jwks_uri '{jwksUri}' {reason}", discovery.Status.LastError, StringComparison.Ordinal);
        Assert.Equal(0, world.Issuer.JwksRequests);
    }

    [Fact]
    public async Task JwksUri_OnLoopbackOverHttp_IsFollowed()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        world.Issuer.JwksUri = world.Issuer.Issuer.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/.well-known/jwks.json";

        Assert.True(await discovery.StartAsync(DiscoveryHarness.Cancellation));
    }

    [Fact]
    public async Task SlowIssuer_TimesOut_AfterFetchTimeout()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery(o => o.FetchTimeout = TimeSpan.FromSeconds(5));
        world.Issuer.Slow();
        var start = discovery.StartAsync(DiscoveryHarness.Cancellation);
        await world.Issuer.MetadataRequest(1).WaitAsync(DiscoveryHarness.Cancellation);

        world.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.False(await start);
        Assert.Contains("did not answer within 00:00:05 (FetchTimeout)", discovery.Status.LastError, StringComparison.Ordinal);
    }
}
