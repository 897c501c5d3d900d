using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>Repeated dialog decisions come from the cache until it runs out; nothing that was not decided is kept.</summary>
public sealed class DialogDecisionCacheTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SameRequest_IsAnsweredFromTheCache_UntilTheDurationRunsOut()
    {
        var (authorizer, pdp, time) = await CreateAsync(TimeSpan.FromSeconds(30));
        var first = await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 3), Cancel);
        var second = await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 3), Cancel);

        Assert.Same(first, second);
        Assert.Equal(1, pdp.Calls);
        time.Advance(TimeSpan.FromSeconds(30));
        await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 3), Cancel);
        Assert.Equal(2, pdp.Calls);
    }

    [Fact]
    public async Task AnythingTheDecisionDependsOn_IsPartOfTheKey()
    {
        var (authorizer, pdp, _) = await CreateAsync(TimeSpan.FromSeconds(30));
        await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 3), Cancel);
        await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 4), Cancel);
        await authorizer.AuthorizeAsync(Request(NordlysWorld.Ola, level: 3), Cancel);
        await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 3, instance: "urn:altinn:dialog-id:019a0c4e-5a1b-7c2d-8e3f-000000000001"), Cancel);
        await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 3, actions: ["read", "write"]), Cancel);
        await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 3, actions: ["read", "write,urn:altinn:subresource:x"]), Cancel);

        Assert.Equal(6, pdp.Calls);
    }

    [Fact]
    public async Task AnUnavailablePdp_IsNeverCached()
    {
        var (authorizer, pdp, _) = await CreateAsync(TimeSpan.FromSeconds(30));
        pdp.Down = true;
        Assert.NotNull((await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 3), Cancel)).Unavailable);
        pdp.Down = false;
        Assert.True((await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 3), Cancel)).IsDecided);
        Assert.Equal(2, pdp.Calls);
    }

    [Fact]
    public async Task ZeroDuration_TurnsTheCacheOff()
    {
        var (authorizer, pdp, _) = await CreateAsync(TimeSpan.Zero);
        await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 3), Cancel);
        await authorizer.AuthorizeAsync(Request(NordlysWorld.Kari, level: 3), Cancel);
        Assert.Equal(2, pdp.Calls);
    }

    [Fact]
    public void Options_RefuseADurationOverDialogportensFifteenMinutes_AndABadSize()
    {
        var problems = new PolicyDecisionPointOptions { DecisionCacheDuration = TimeSpan.FromMinutes(16), DecisionCacheSize = 0 }.Validate();
        Assert.Contains(problems, p => p.Contains(nameof(PolicyDecisionPointOptions.DecisionCacheDuration), StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(nameof(PolicyDecisionPointOptions.DecisionCacheSize), StringComparison.Ordinal));
    }

    private static async Task<(IDialogAuthorizer Authorizer, CountingPdp Pdp, FakeTimeProvider Time)> CreateAsync(TimeSpan duration)
    {
        var world = await NordlysWorld.CreateAsync();
        var pdp = new CountingPdp(world.Pdp);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var cache = new DialogDecisionCache(new PolicyDecisionPointOptions { DecisionCacheDuration = duration }, time);
        return (new CachingDialogAuthorizer(new XacmlDialogAuthorizer(pdp), cache), pdp, time);
    }

    private static DialogAuthorizationRequest Request(Party user, int level, string instance = "urn:altinn:dialog-id:019a0c4e-5a1b-7c2d-8e3f-4a5b6c7d8e9f", string[]? actions = null) => new()
    {
        Subject = user.Urn!,
        AuthenticationLevel = level,
        Party = NordlysWorld.MainUnit.Urn!,
        ServiceResource = ServiceResource.UrnPrefix + NordlysPolicies.VatReturnId,
        InstanceId = instance,
        Actions = [.. (actions ?? ["read"]).Select(DialogAction.Parse)],
    };

    private sealed class CountingPdp(IXacmlPolicyDecisionPoint inner) : IXacmlPolicyDecisionPoint
    {
        public int Calls { get; private set; }

        public bool Down { get; set; }

        public Task<XacmlDecisionOutcome> DecideAsync(Altinn.Authorization.ABAC.Xacml.JsonProfile.XacmlJsonRequestRoot request, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Down ? Task.FromResult(XacmlDecisionOutcome.NotAvailable("down for the test")) : inner.DecideAsync(request, cancellationToken);
        }
    }
}
