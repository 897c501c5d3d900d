namespace DialogTokens.Tests.Issuing;

/// <summary>A descriptor or options that cannot make a dialog token is a programming mistake: it throws, listing every problem.</summary>
public sealed class IssuerValidationTests
{
    [Fact]
    public void Issue_Throws_ListingEveryProblemOfTheDescriptor()
    {
        var descriptor = new DialogTokenDescriptor
        {
            AuthenticatedParty = "14886498226",
            SystemUserId = "urn:altinn:systemuser:uuid:5c0a0a8c-7c57-4d8d-9b39-2c8b2a0e6a51",
            AuthenticationLevel = 5,
            Party = "",
            ServiceResource = "super-simple-service",
            DialogId = Guid.Empty,
            Actions = null!,
        };

        var error = Assert.Throws<ArgumentException>(() => TestTokens.NewIssuer().Issue(descriptor));

        Assert.Contains("AuthenticatedParty must be a URN", error.Message, StringComparison.Ordinal);
        Assert.Contains("Party is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("ServiceResource must be a URN", error.Message, StringComparison.Ordinal);
        Assert.Contains("SystemUserId and SystemUserOrganization go together", error.Message, StringComparison.Ordinal);
        Assert.Contains("AuthenticationLevel must be 0 to 4 (was 5)", error.Message, StringComparison.Ordinal);
        Assert.Contains("DialogId must not be the empty GUID", error.Message, StringComparison.Ordinal);
        Assert.Contains("Actions is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Issue_Throws_WhenAuthenticationLevelIsOutOfRange(int level)
    {
        var descriptor = new DialogTokenDescriptor
        {
            AuthenticatedParty = TestTokens.Person,
            AuthenticationLevel = level,
            Party = TestTokens.Organization,
            ServiceResource = TestTokens.ServiceResource,
            DialogId = TestTokens.DialogId,
            Actions = AuthorizedActions.Empty,
        };

        Assert.Throws<ArgumentException>(() => TestTokens.NewIssuer().Issue(descriptor));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("organization:991825827")]
    [InlineData("URN:altinn:organization:identifier-no:991825827")]
    public void Issue_Throws_WhenPartyIsNotAUrn(string party)
    {
        var descriptor = new DialogTokenDescriptor
        {
            AuthenticatedParty = TestTokens.Person,
            AuthenticationLevel = 3,
            Party = party,
            ServiceResource = TestTokens.ServiceResource,
            DialogId = TestTokens.DialogId,
            Actions = AuthorizedActions.Empty,
        };

        Assert.Contains("Party", Assert.Throws<ArgumentException>(() => TestTokens.NewIssuer().Issue(descriptor)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_Throws_WhenSystemUserOrganizationComesWithoutSystemUser()
    {
        var descriptor = new DialogTokenDescriptor
        {
            AuthenticatedParty = TestTokens.Organization,
            SystemUserOrganization = TestTokens.Organization,
            AuthenticationLevel = 3,
            Party = TestTokens.Organization,
            ServiceResource = TestTokens.ServiceResource,
            DialogId = TestTokens.DialogId,
            Actions = AuthorizedActions.Empty,
        };

        Assert.Throws<ArgumentException>(() => TestTokens.NewIssuer().Issue(descriptor));
    }

    [Fact]
    public void Constructor_Throws_ListingEveryProblemOfTheOptions()
    {
        var options = new DialogTokenIssuerOptions { Issuer = "", Lifetime = TimeSpan.Zero };

        var error = Assert.Throws<ArgumentException>(() => new DialogTokenIssuer(TestTokens.Key, options));

        Assert.Equal(2, options.Validate().Count);
        Assert.Contains("Issuer must be an absolute http(s) URI", error.Message, StringComparison.Ordinal);
        Assert.Contains("Lifetime must be whole seconds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://platform.altinn.no/dialogporten/api/v1", 600_000, true)]
    [InlineData("http://localhost:5000/api/v1", 1_000, true)]
    [InlineData("https://x.example/api/v1", 3_600_000, true)]
    [InlineData("https://x.example/api/v1", 3_601_000, false)]
    [InlineData("https://x.example/api/v1", 1_500, false)]
    [InlineData("https://x.example/api/v1", 999, false)]
    [InlineData("https://x.example/api/v1", -1_000, false)]
    [InlineData("ftp://x.example/api/v1", 600_000, false)]
    [InlineData("/api/v1", 600_000, false)]
    [InlineData("not a uri", 600_000, false)]
    public void Validate_ChecksIssuerAndLifetime(string issuer, int lifetimeMilliseconds, bool valid)
    {
        var options = new DialogTokenIssuerOptions { Issuer = issuer, Lifetime = TimeSpan.FromMilliseconds(lifetimeMilliseconds) };

        Assert.Equal(valid, options.Validate().Count == 0);
    }

    [Fact]
    public void Defaults_AreSixHundredSeconds_AndNeedAnIssuer()
    {
        var options = new DialogTokenIssuerOptions();

        Assert.Equal(TimeSpan.FromSeconds(600), options.Lifetime);
        Assert.Single(options.Validate());
    }
}
