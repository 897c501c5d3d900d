using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>
/// A Permit counts only when its minimum-authentication-level obligation can be read and is met: an obligation whose
/// value is not an integer from 0 to 4 makes the Permit no permit (fail closed), never an unconditional one.
/// </summary>
public sealed class AuthenticationLevelObligationTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    [InlineData("-1")]
    [InlineData("5")]
    [InlineData("3.0")]
    [InlineData(" 3")]
    [InlineData("+3")]
    [InlineData("\u0663")] // ARABIC-INDIC DIGIT THREE
    [InlineData("99999999999999999999")]
    public async Task Permit_WithAnUnreadableLevelObligation_IsNotAPermit(string? level)
    {
        var result = await DecideAsync(4, Permit(level));

        Assert.True(result.IsDecided);
        Assert.Empty(result.Authorized);
        var decision = Assert.Single(result.Decisions);
        Assert.False(decision.IsPermitted);
    }

    [Fact]
    public async Task Permit_WithAReadableAndAnUnreadableLevelObligation_IsNotAPermit()
    {
        var result = await DecideAsync(4, Permit("2", "abc"));

        Assert.Empty(result.Authorized);
    }

    [Theory]
    [InlineData("0", 0, true)]
    [InlineData("3", 3, true)]
    [InlineData("4", 3, false)]
    [InlineData("4", 4, true)]
    public async Task Permit_WithAReadableLevelObligation_CountsWhenTheLevelIsMet(string level, int userLevel, bool permitted)
    {
        var result = await DecideAsync(userLevel, Permit(level));

        var decision = Assert.Single(result.Decisions);
        Assert.Equal(permitted, decision.IsPermitted);
        Assert.Equal(int.Parse(level, System.Globalization.CultureInfo.InvariantCulture), decision.MinimumAuthenticationLevel);
    }

    [Fact]
    public async Task Permit_WithoutALevelObligation_Counts()
    {
        var result = await DecideAsync(0, new XacmlJsonResult { Decision = "Permit" });

        Assert.Equal("read", result.Authorized.ToString());
    }

    private static Task<DialogAuthorizationResult> DecideAsync(int userLevel, XacmlJsonResult answer) =>
        new XacmlDialogAuthorizer(new RecordingDecisionPoint(_ => answer)).AuthorizeAsync(new DialogAuthorizationRequest
        {
            Subject = NordlysWorld.Kari.Urn!,
            AuthenticationLevel = userLevel,
            Party = NordlysWorld.MainUnit.Urn!,
            ServiceResource = ServiceResource.UrnPrefix + NordlysPolicies.VatReturnId,
            Actions = [new DialogAction("read")],
        }, TestContext.Current.CancellationToken);

    private static XacmlJsonResult Permit(params string?[] levels) => new()
    {
        Decision = "Permit",
        Obligations =
        [
            new XacmlJsonObligationOrAdvice
            {
                Id = "urn:altinn:obligation:authenticationLevel1",
                AttributeAssignment =
                [
                    .. levels.Select(level => new XacmlJsonAttributeAssignment
                    {
                        AttributeId = "urn:altinn:obligation-assignment:1",
                        Category = AltinnXacml.MinimumAuthenticationLevel,
                        DataType = "http://www.w3.org/2001/XMLSchema#integer",
                        Value = level,
                    }),
                ],
            },
        ],
    };
}
