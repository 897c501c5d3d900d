namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>
/// Whatever a stored dialog holds, deciding it never throws and one bad pair never spoils the rest: a pair whose
/// attribute is not Dialogporten's format is denied without asking, and the other pairs are decided as usual.
/// </summary>
public sealed class UndecidableAttributeTests
{
    private const string Vat = NordlysPolicies.VatReturnId;

    public static TheoryData<string> Malformed =>
    [
        "urn:x:",
        "urn:x",
        "urn:",
        ":",
        "urn:altinn:",
        "urn:altinn:task:",
        "urn:altinn::x",
        "urn:altinn:task:1x",
        "1x",
        "-x",
        "x y",
        "x\u0000",
        "x\n",
        "x\u001b[31m",
        "ø",
        "urn:altinn:task:Task_1:extra",
        "urn:altinn:person:identifier-no:01017012345",
        new string('x', 256),
        "urn:altinn:task:" + new string('x', 240),
    ];

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedAttribute_DeniesItsPairOnly_AndNeverThrows(string attribute)
    {
        var world = await NordlysWorld.CreateAsync();

        var result = await world.Authorizer.AuthorizeAsync(Request(new DialogAction("read"), new DialogAction("write"), new DialogAction("read", attribute)), TestContext.Current.CancellationToken);

        Assert.True(result.IsDecided, result.Problem);
        Assert.Equal("read;write", result.Authorized.ToString());
        Assert.Equal(3, result.Decisions.Count);
        Assert.False(result.Decisions[2].IsPermitted);
    }

    [Fact]
    public async Task OnlyMalformedAttributes_AreDeniedWithoutAskingTheDecisionPoint()
    {
        var pdp = new RecordingDecisionPoint();

        var result = await new XacmlDialogAuthorizer(pdp).AuthorizeAsync(Request(new DialogAction("read", "urn:x:"), new DialogAction("write", "urn:x")), TestContext.Current.CancellationToken);

        Assert.True(result.IsDecided);
        Assert.Empty(result.Authorized);
        Assert.Empty(pdp.Requests);
    }

    [Theory]
    [InlineData("party", "urn:x:")]
    [InlineData("party", "no-colon")]
    [InlineData("party", "urn:altinn:resource:other-service")]
    [InlineData("party", "urn:altinn:person:identifier-no:")]
    [InlineData("subject", "urn:x:")]
    [InlineData("subject", "")]
    [InlineData("serviceResource", "super-simple-service")]
    [InlineData("serviceResource", "urn:altinn:resource:")]
    public async Task UnusableDialog_IsAProblem_NotAnException(string field, string value)
    {
        var request = Request(new DialogAction("read"));
        request = field switch
        {
            "party" => request with { Party = value },
            "subject" => request with { Subject = value },
            _ => request with { ServiceResource = value },
        };
        var pdp = new RecordingDecisionPoint();

        var result = await new XacmlDialogAuthorizer(pdp).AuthorizeAsync(request, TestContext.Current.CancellationToken);

        Assert.False(result.IsDecided);
        Assert.NotNull(result.Problem);
        Assert.Null(result.Unavailable);
        Assert.Empty(pdp.Requests);
    }

    private static DialogAuthorizationRequest Request(params DialogAction[] actions) => new()
    {
        Subject = NordlysWorld.Kari.Urn!,
        AuthenticationLevel = 3,
        Party = NordlysWorld.MainUnit.Urn!,
        ServiceResource = ServiceResource.UrnPrefix + Vat,
        InstanceId = "urn:altinn:dialog-id:019a0c4e-5a1b-7c2d-8e3f-4a5b6c7d8e9f",
        Actions = actions,
    };
}
