namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>
/// Who may do what on a dialog, end to end: the dialog authorizer's multi-request through the embedded decision point
/// and its context handler, over the <see cref="NordlysWorld"/>. Each result is the <c>a</c> claim a token would carry.
/// </summary>
public sealed class DialogAuthorizationTests
{
    private const string Vat = NordlysPolicies.VatReturnId;
    private const string Customer = NordlysPolicies.CustomerDialogId;

    [Fact]
    public async Task GeneralManager_ReadsAndWrites_TheOrganizationsDialogs()
    {
        var world = await NordlysWorld.CreateAsync();

        var result = await world.AuthorizeAsync(NordlysWorld.Kari, NordlysWorld.MainUnit, Vat, 3, "read", "write", "delete");

        Assert.True(result.IsDecided);
        Assert.Equal("read;write", result.Authorized.ToString());
        Assert.Equal(3, result.RequiredAuthenticationLevel);
    }

    [Fact]
    public async Task PersonWithoutRoles_GetsNothing()
    {
        var world = await NordlysWorld.CreateAsync();

        var result = await world.AuthorizeAsync(NordlysWorld.Per, NordlysWorld.MainUnit, Vat, 4, "read", "write", "sign,urn:altinn:task:Task_1");

        Assert.True(result.IsDecided);
        Assert.Empty(result.Authorized);
        Assert.False(result.DeniedForAuthenticationLevel);
    }

    [Fact]
    public async Task KeyRoleOfTheMainUnit_ReachesTheSubUnit()
    {
        var world = await NordlysWorld.CreateAsync();

        var result = await world.AuthorizeAsync(NordlysWorld.Kari, NordlysWorld.SubUnit, Vat, 3, "read", "write");

        Assert.Equal("read;write", result.Authorized.ToString());
    }

    [Fact]
    public async Task OtherRoleOfTheMainUnit_DoesNotReachTheSubUnit()
    {
        var world = await NordlysWorld.CreateAsync();

        var atMainUnit = await world.AuthorizeAsync(NordlysWorld.Ola, NordlysWorld.MainUnit, Vat, 3, "read");
        var atSubUnit = await world.AuthorizeAsync(NordlysWorld.Ola, NordlysWorld.SubUnit, Vat, 3, "read");

        Assert.Equal("read", atMainUnit.Authorized.ToString());
        Assert.Empty(atSubUnit.Authorized);
    }

    [Fact]
    public async Task AccessPackage_GrantsWhatItsRuleSays()
    {
        var world = await NordlysWorld.CreateAsync();

        var result = await world.AuthorizeAsync(NordlysWorld.Siri, NordlysWorld.MainUnit, Vat, 3, "read", "write", "sign,urn:altinn:task:Task_1");

        Assert.Equal("read", result.Authorized.ToString());
    }

    [Fact]
    public async Task TooLowAuthenticationLevel_WithholdsEveryPermit()
    {
        var world = await NordlysWorld.CreateAsync();

        var result = await world.AuthorizeAsync(NordlysWorld.Kari, NordlysWorld.MainUnit, Vat, 2, "read", "write");

        Assert.Empty(result.Authorized);
        Assert.True(result.DeniedForAuthenticationLevel);
        Assert.Equal(3, result.RequiredAuthenticationLevel);
        Assert.All(result.Decisions, d => Assert.Equal((false, 3), (d.IsPermitted, d.MinimumAuthenticationLevel)));
    }

    [Fact]
    public async Task Person_ActsForThemselves()
    {
        var world = await NordlysWorld.CreateAsync();

        var own = await world.AuthorizeAsync(NordlysWorld.Per, NordlysWorld.Per, Customer, 2, "read", "write");
        var someoneElses = await world.AuthorizeAsync(NordlysWorld.Per, NordlysWorld.Kari, Customer, 2, "read", "write");

        Assert.Equal("read;write", own.Authorized.ToString());
        Assert.Empty(someoneElses.Authorized);
    }

    [Fact]
    public async Task Person_ActsForThemselves_EvenWhenTheStoreDoesNotKnowThem()
    {
        var world = await NordlysWorld.CreateAsync();
        var stranger = new Party { PartyId = 1, Kind = PartyKind.Person, Name = "Stranger", PersonIdentifier = "05057012345" };

        var result = await world.AuthorizeAsync(stranger, stranger, Customer, 2, "read");

        Assert.Equal("read", result.Authorized.ToString());
    }

    [Fact]
    public async Task LowerCaseRoleInAppStylePolicy_MatchesTheStoredUpperCaseRole()
    {
        var world = await NordlysWorld.CreateAsync();

        // The customer-dialog policy writes "dagl" with string-equal; the store holds "DAGL".
        var result = await world.AuthorizeAsync(NordlysWorld.Kari, NordlysWorld.MainUnit, Customer, 2, "read");

        Assert.Equal("read", result.Authorized.ToString());
    }
}
