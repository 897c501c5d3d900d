using DialogTokens.Authorization.Tests.Decisions;
using static DialogTokens.Authorization.Tests.Decisions.JsonRequests;

namespace DialogTokens.Authorization.Tests.Policies;

/// <summary>A refused policy changes nothing: it is never stored, and the policy in force keeps deciding.</summary>
public sealed class ServiceResourceRegistryTests
{
    private const string Id = "ttd-registry-test";

    public static TheoryData<string, string> BadUpdates => new()
    {
        { "malformed XML", TestPolicy.ForRole(Id, "DAGL", "read")[..^10] },
        { "wrong root", TestPolicy.Header + "\n<PolicySet xmlns=\"urn:oasis:names:tc:xacml:3.0:core:schema:wd-17\"/>" },
        { "rule without action", TestPolicy.ForRole(Id, "DAGL") },
        { "role in the resource category", TestPolicy.Write(Id, 2, Grant.Roles(["DAGL"], "read") with { Resource = [(AltinnXacml.RoleCode, "DAGL")] }) },
        { "DTD", TestPolicy.ForRole(Id, "DAGL", "read").Replace(TestPolicy.Header, TestPolicy.Header + "<!DOCTYPE p [<!ENTITY e \"e\">]>", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(BadUpdates))]
    public async Task RefusedUpdate_LeavesThePreviousPolicyInForce(string what, string badPolicy)
    {
        var store = new InMemoryAuthorizationStore();
        await store.ImportAsync(new AuthorizationData { Parties = [NordlysWorld.MainUnit, NordlysWorld.Kari], Roles = [new(NordlysWorld.Kari.PartyId, NordlysWorld.MainUnit.PartyId, "DAGL")] }, TestContext.Current.CancellationToken);
        var registry = new ServiceResourceRegistry(store);
        var good = Resource(TestPolicy.ForRole(Id, "DAGL", "read"));
        Assert.Empty(await registry.RegisterAsync(good, TestContext.Current.CancellationToken));
        var pdp = new EmbeddedPolicyDecisionPoint(store);
        var read = Single(Subject(null, NordlysWorld.Kari), Action(null, "read"), JsonRequests.Resource(null, Id, NordlysWorld.MainUnit));
        Assert.Equal("Permit", (await pdp.DecideAsync(read, TestContext.Current.CancellationToken)).Response!.Response[0].Decision);

        var problems = await registry.RegisterAsync(Resource(badPolicy), TestContext.Current.CancellationToken);

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.True(p.Line > 0, $"{what}: '{p}' has no line."));
        Assert.Same(good, await store.FindResourceAsync(Id, TestContext.Current.CancellationToken));
        Assert.Equal("Permit", (await pdp.DecideAsync(read, TestContext.Current.CancellationToken)).Response!.Response[0].Decision);
    }

    [Fact]
    public async Task RefusedPolicy_OfANewResource_IsNotStored()
    {
        var store = new InMemoryAuthorizationStore();

        var problems = await new ServiceResourceRegistry(store).RegisterAsync(Resource(TestPolicy.ForRole(Id, "DAGL")), TestContext.Current.CancellationToken);

        Assert.NotEmpty(problems);
        Assert.Empty(await store.ListResourcesAsync(TestContext.Current.CancellationToken));
    }

    private static ServiceResource Resource(string policy) => new(Id, "991825827", "ttd", "Registry test", policy);
}
