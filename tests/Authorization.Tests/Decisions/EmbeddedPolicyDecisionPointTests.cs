using Altinn.Authorization.ABAC.Xacml.JsonProfile;
using static DialogTokens.Authorization.Tests.Decisions.JsonRequests;

namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>The JSON-profile surface of the embedded decision point: splitting, ordering, refusals, undecidable requests.</summary>
public sealed class EmbeddedPolicyDecisionPointTests
{
    private const string Vat = NordlysPolicies.VatReturnId;
    private const string ProcessingError = "urn:oasis:names:tc:xacml:1.0:status:processing-error";

    [Fact]
    public async Task MultiRequest_AnswersEachReference_InReferenceOrder()
    {
        var world = await NordlysWorld.CreateAsync();
        var request = Multi(
            [Subject("s1", NordlysWorld.Kari), Subject("s2", NordlysWorld.Per)],
            [Action("a1", "read"), Action("a2", "delete")],
            [Resource("r1", Vat, NordlysWorld.MainUnit), Resource("r2", "unknown-resource", NordlysWorld.MainUnit)],
            ["s1", "a1", "r1"], ["s2", "a1", "r1"], ["s1", "a2", "r1"], ["s1", "a1", "r2"], ["r1", "a1", "s1"]);

        var outcome = await world.Pdp.DecideAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(["Permit", "NotApplicable", "NotApplicable", "Indeterminate", "Permit"], outcome.Response!.Response.Select(r => r.Decision));
    }

    [Fact]
    public async Task UnknownResource_IsIndeterminate_WithProcessingErrorAndReason()
    {
        var world = await NordlysWorld.CreateAsync();

        var result = await DecideSingleAsync(world, Single(Subject(null, NordlysWorld.Kari), Action(null, "read"), Resource(null, "no-such-resource", NordlysWorld.MainUnit)));

        Assert.Equal(("Indeterminate", ProcessingError), (result.Decision, result.Status.StatusCode.Value));
        Assert.Contains("no-such-resource", result.Status.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestWithoutReferences_UsesTheFirstCategoryOfEachKind()
    {
        var world = await NordlysWorld.CreateAsync();
        var request = Single(Subject(null, NordlysWorld.Kari), Action(null, "read"), Resource(null, Vat, NordlysWorld.MainUnit));
        request.Request.AccessSubject.Add(Subject(null, NordlysWorld.Per));

        var outcome = await world.Pdp.DecideAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("Permit", Assert.Single(outcome.Response!.Response).Decision);
    }

    [Fact]
    public async Task Permit_CarriesTheMinimumAuthenticationLevelObligation()
    {
        var world = await NordlysWorld.CreateAsync();

        var result = await DecideSingleAsync(world, Single(Subject(null, NordlysWorld.Kari), Action(null, "write"), Resource(null, Vat, NordlysWorld.MainUnit)));

        var assignment = Assert.Single(Assert.Single(result.Obligations).AttributeAssignment);
        Assert.Equal((AltinnXacml.MinimumAuthenticationLevel, "3"), (assignment.Category, assignment.Value));
    }

    public static TheoryData<string, string> ContradictorySubjects => new()
    {
        { AltinnXacml.UserId, "both by user id and by national identity number" },
        { AltinnXacml.OrganizationIdentifier, "both as an organization and as a person" },
        { AltinnXacml.SystemUserUuid, "only attribute" },
    };

    [Theory]
    [MemberData(nameof(ContradictorySubjects))]
    public async Task ContradictorySubject_IsIndeterminate(string extraAttribute, string reason)
    {
        var world = await NordlysWorld.CreateAsync();
        var subject = Subject(null, NordlysWorld.Kari);
        subject.Attribute.Add(new XacmlJsonAttribute { AttributeId = extraAttribute, Value = "20000001" });

        var result = await DecideSingleAsync(world, Single(subject, Action(null, "read"), Resource(null, Vat, NordlysWorld.MainUnit)));

        Assert.Equal(("Indeterminate", ProcessingError), (result.Decision, result.Status.StatusCode.Value));
        Assert.Contains(reason, result.Status.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppResource_IsFoundByOrgAndApp_OrByItsResourceId()
    {
        var world = await NordlysWorld.CreateAsync();
        // An app policy matches urn:altinn:app (and usually urn:altinn:org), not urn:altinn:resource.
        var policy = NordlysPolicies.CustomerDialog
            .Replace("AttributeId=\"urn:altinn:resource\"", "AttributeId=\"urn:altinn:app\"", StringComparison.Ordinal)
            .Replace($">{NordlysPolicies.CustomerDialogId}<", ">bestilling<", StringComparison.Ordinal);
        Assert.Empty(await new ServiceResourceRegistry(world.Store).RegisterAsync(new ServiceResource("app_nordlys_bestilling", "310000001", "nordlys", "Bestilling", policy), TestContext.Current.CancellationToken));
        var byOrgAndApp = Category(null, (AltinnXacml.Org, "nordlys"), (AltinnXacml.App, "bestilling"), (AltinnXacml.OrganizationIdentifier, NordlysWorld.MainUnit.OrganizationNumber!));
        var byResourceId = Category(null, (AltinnXacml.Resource, "app_nordlys_bestilling"), (AltinnXacml.OrganizationIdentifier, NordlysWorld.MainUnit.OrganizationNumber!));

        var first = await DecideSingleAsync(world, Single(Subject(null, NordlysWorld.Kari), Action(null, "read"), byOrgAndApp));
        var second = await DecideSingleAsync(world, Single(Subject(null, NordlysWorld.Kari), Action(null, "read"), byResourceId));

        Assert.Equal(("Permit", "Permit"), (first.Decision, second.Decision));
    }

    [Fact]
    public async Task UpdatedPolicy_IsPickedUp_AtTheNextRequest()
    {
        var world = await NordlysWorld.CreateAsync();
        var request = Single(Subject(null, NordlysWorld.Kari), Action(null, "read"), Resource(null, Vat, NordlysWorld.MainUnit));
        Assert.Equal("Permit", (await DecideSingleAsync(world, request)).Decision);

        var problems = await new ServiceResourceRegistry(world.Store).RegisterAsync(
            new ServiceResource(Vat, "310000001", "nordlys", "MVA-melding", Policies.TestPolicy.ForRole(Vat, "LEDE", "read")), TestContext.Current.CancellationToken);

        Assert.Empty(problems);
        Assert.Equal("NotApplicable", (await DecideSingleAsync(world, request)).Decision);
    }

    [Fact]
    public async Task PolicyTheEngineCannotEvaluate_IsIndeterminate_NotAnException()
    {
        var world = await NordlysWorld.CreateAsync();
        // Imported directly, the policy bypassed validation, which refuses match functions the engine cannot evaluate.
        var unevaluable = Policies.TestPolicy.ForRole("ttd-unevaluable", "DAGL", "read")
            .Replace("function:string-equal-ignore-case", "function:string-greater-than", StringComparison.Ordinal);
        await world.Store.SaveResourceAsync(new ServiceResource("ttd-unevaluable", "991825827", "ttd", "Unevaluable", unevaluable), TestContext.Current.CancellationToken);

        var result = await DecideSingleAsync(world, Single(Subject(null, NordlysWorld.Kari), Action(null, "read"), Resource(null, "ttd-unevaluable", NordlysWorld.MainUnit)));

        Assert.Equal(("Indeterminate", ProcessingError), (result.Decision, result.Status.StatusCode.Value));
    }

    [Fact]
    public async Task SubjectAndPartyUnknownToTheStore_AreNotAnError()
    {
        var world = await NordlysWorld.CreateAsync();
        var stranger = Category(null, (AltinnXacml.UserId, "424242"));
        var nowhere = Category(null, (AltinnXacml.Resource, Vat), (AltinnXacml.OrganizationIdentifier, "999999999"));

        var result = await DecideSingleAsync(world, Single(stranger, Action(null, "read"), nowhere));

        Assert.Equal(("NotApplicable", "urn:oasis:names:tc:xacml:1.0:status:ok"), (result.Decision, result.Status.StatusCode.Value));
    }

    [Fact]
    public async Task ConcurrentDecisions_OnOneInstance_AgreeWithSequentialOnes()
    {
        var world = await NordlysWorld.CreateAsync();
        Party[] users = [NordlysWorld.Kari, NordlysWorld.Ola, NordlysWorld.Per, NordlysWorld.Siri];
        string[] expected = ["read;write", "read", "", "read"];

        var results = new string[200];
        await Parallel.ForAsync(0, results.Length, TestContext.Current.CancellationToken, async (i, _) =>
            results[i] = (await world.AuthorizeAsync(users[i % 4], NordlysWorld.MainUnit, Vat, 3, "read", "write")).Authorized.ToString());

        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal(expected[x.i % 4], x.r));
    }

    private static async Task<XacmlJsonResult> DecideSingleAsync(NordlysWorld world, XacmlJsonRequestRoot request)
    {
        var outcome = await world.Pdp.DecideAsync(request, TestContext.Current.CancellationToken);
        Assert.True(outcome.Response is not null, outcome.RequestProblem);
        return Assert.Single(outcome.Response.Response);
    }
}
