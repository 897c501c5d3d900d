namespace DialogTokens.Authorization.Tests.Persistence;

/// <summary>The <see cref="IAuthorizationStore"/> contract for reading, on every provider.</summary>
public abstract class StoreReadTests(AuthorizationStoreProvider provider) : StoreTest(provider)
{
    [Fact]
    public async Task FindResource_ReturnsTheSavedResource_AndNullForAnUnknownId()
    {
        await Store.SaveResourceAsync(World.Resource, Ct);

        Assert.Equal(World.Resource, await Store.FindResourceAsync("demo-service", Ct));
        Assert.Null(await Store.FindResourceAsync("unknown-service", Ct));
        Assert.Null(await Store.FindResourceAsync("DEMO-SERVICE", Ct));
    }

    [Fact]
    public async Task ListResources_OrdersByIdOrdinally_OnEveryProvider()
    {
        // PostgreSQL's collation would put these in another order than SQLite's byte order.
        var ids = new[] { "svc_b", "svc-b", "svcb", "Svc-a", "svc-a" };
        foreach (var id in ids)
        {
            await Store.SaveResourceAsync(World.Resource with { Id = id }, Ct);
        }

        var listed = await Store.ListResourcesAsync(Ct);

        Assert.Equal(ids.Order(StringComparer.Ordinal), listed.Select(r => r.Id));
    }

    [Theory]
    [InlineData("urn:altinn:partyid:2001")]
    [InlineData("urn:altinn:organization:identifier-no:310100013")]
    public async Task FindParty_FindsAnOrganization_ByPartyIdOrOrganizationNumber(string urn)
    {
        await Store.ImportAsync(World.Data, Ct);

        Assert.Equal(World.Bygg, await Store.FindPartyAsync(Lookup(urn), Ct));
    }

    [Theory]
    [InlineData("urn:altinn:partyid:1001")]
    [InlineData("urn:altinn:userid:501")]
    [InlineData("urn:altinn:person:identifier-no:12858012307")]
    public async Task FindParty_FindsAPerson_ByPartyIdUserIdOrPersonIdentifier(string urn)
    {
        await Store.ImportAsync(World.Data, Ct);

        Assert.Equal(World.Kari, await Store.FindPartyAsync(Lookup(urn), Ct));
    }

    [Theory]
    [InlineData("urn:altinn:partyid:9999")]
    [InlineData("urn:altinn:partyid:abc")]
    [InlineData("urn:altinn:partyid:99999999999999")]
    [InlineData("urn:altinn:userid:502")]
    [InlineData("urn:altinn:person:identifier-no:07837523589")]
    [InlineData("urn:altinn:organization:identifier-no:12858012307")]
    [InlineData("urn:altinn:person:identifier-no:310100013")]
    public async Task FindParty_ReturnsNull_WhenNoPartyMatches(string urn)
    {
        await Store.ImportAsync(World.Data, Ct);

        Assert.Null(await Store.FindPartyAsync(Lookup(urn), Ct));
    }

    [Fact]
    public async Task ListSubUnits_ReturnsTheSubUnitsOfAMainUnit_AndNothingForOthers()
    {
        var second = World.Bergen with { PartyId = 2000, OrganizationNumber = "310100064", Name = "Fjelltopp Bygg AS avd. Oslo" };
        await Store.ImportAsync(World.Data with { Parties = [.. World.Data.Parties, second] }, Ct);

        Assert.Equal([second, World.Bergen], await Store.ListSubUnitsAsync(World.Bygg.PartyId, Ct));
        Assert.Empty(await Store.ListSubUnitsAsync(World.Regnskap.PartyId, Ct));
    }

    [Fact]
    public async Task GetRoleCodes_ReturnsTheRolesHeldDirectly_ForThatPartyOnly()
    {
        await Store.ImportAsync(World.Data, Ct);

        Assert.Equal(["DAGL", "REGNA"], await Store.GetRoleCodesAsync(World.Kari.PartyId, World.Bygg.PartyId, Ct));
        Assert.Equal(["REGNA"], await Store.GetRoleCodesAsync(World.Ola.PartyId, World.Bygg.PartyId, Ct));
        Assert.Empty(await Store.GetRoleCodesAsync(World.Kari.PartyId, World.Bergen.PartyId, Ct));
        Assert.Empty(await Store.GetRoleCodesAsync(World.Bygg.PartyId, World.Kari.PartyId, Ct));
    }

    [Fact]
    public async Task GetAccessPackages_ReturnsThePackagesHeldDirectly_ForThatPartyOnly()
    {
        await Store.ImportAsync(World.Data, Ct);

        Assert.Equal(["regnskapsforer-lonn"], await Store.GetAccessPackagesAsync(World.Ola.PartyId, World.Regnskap.PartyId, Ct));
        Assert.Equal(["post-og-arkiv"], await Store.GetAccessPackagesAsync(World.Kari.PartyId, World.Regnskap.PartyId, Ct));
        Assert.Empty(await Store.GetAccessPackagesAsync(World.Ola.PartyId, World.Bygg.PartyId, Ct));
    }

    [Fact]
    public async Task ListPartiesWithRights_ReturnsEachPartyOnce_FromRolesAndAccessPackages()
    {
        await Store.ImportAsync(World.Data, Ct);

        Assert.Equal([World.Bygg, World.Regnskap], await Store.ListPartiesWithRightsAsync(World.Kari.PartyId, Ct));
        Assert.Equal([World.Bygg, World.Regnskap], await Store.ListPartiesWithRightsAsync(World.Ola.PartyId, Ct));
        Assert.Empty(await Store.ListPartiesWithRightsAsync(World.Bygg.PartyId, Ct));
    }

    [Fact]
    public async Task Reads_RunConcurrently_OnOneStoreInstance()
    {
        await Store.ImportAsync(World.Data, Ct);

        var reads = Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? Store.GetRoleCodesAsync(World.Kari.PartyId, World.Bygg.PartyId, Ct)
            : Store.GetAccessPackagesAsync(World.Ola.PartyId, World.Regnskap.PartyId, Ct));

        Assert.All(await Task.WhenAll(reads), codes => Assert.NotEmpty(codes));
    }

    private static PartyLookup Lookup(string urn) => PartyLookup.TryParse(urn, out var lookup) ? lookup : throw new ArgumentException(urn);
}

public sealed class SqliteStoreReadTests() : StoreReadTests(AuthorizationStoreProvider.Sqlite);

public sealed class PostgreSqlStoreReadTests() : StoreReadTests(AuthorizationStoreProvider.PostgreSql);
