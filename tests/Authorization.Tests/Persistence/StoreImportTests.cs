using Microsoft.EntityFrameworkCore;

namespace DialogTokens.Authorization.Tests.Persistence;

/// <summary><see cref="IAuthorizationStore.ImportAsync"/> and <see cref="IAuthorizationStore.SaveResourceAsync"/>: upserts, one transaction, all or nothing.</summary>
public abstract class StoreImportTests(AuthorizationStoreProvider provider) : StoreTest(provider)
{
    [Fact]
    public async Task Import_SameDataTwice_ChangesNothing()
    {
        await Store.ImportAsync(World.Data, Ct);
        var first = await SnapshotAsync();
        Time.Advance(TimeSpan.FromHours(1));

        await Store.ImportAsync(World.Data, Ct);

        Assert.Equal(first, await SnapshotAsync());
        Assert.False(first.IsEmpty);
    }

    [Fact]
    public async Task Import_ReplacesPartiesByPartyId_AndAddsRightsWithoutRemovingAny()
    {
        await Store.ImportAsync(World.Data, Ct);
        var renamed = World.Bygg with { Name = "Fjelltopp Bygg og Anlegg AS" };

        await Store.ImportAsync(new AuthorizationData { Parties = [renamed], Roles = [new(World.Ola.PartyId, World.Bygg.PartyId, "DAGL")] }, Ct);

        Assert.Equal(renamed, await Store.FindPartyAsync(new PartyLookup(AltinnXacml.PartyId, "2001"), Ct));
        Assert.Equal(["DAGL", "REGNA"], await Store.GetRoleCodesAsync(World.Ola.PartyId, World.Bygg.PartyId, Ct));
        Assert.Equal(["DAGL", "REGNA"], await Store.GetRoleCodesAsync(World.Kari.PartyId, World.Bygg.PartyId, Ct));
    }

    [Fact]
    public async Task Import_RepeatedRightsInOneBatch_AreStoredOnce()
    {
        var role = new RoleAssignment(World.Kari.PartyId, World.Bygg.PartyId, "DAGL");

        await Store.ImportAsync(new AuthorizationData { Parties = [World.Kari, World.Bygg], Roles = [role, role] }, Ct);

        Assert.Equal(["DAGL"], await Store.GetRoleCodesAsync(World.Kari.PartyId, World.Bygg.PartyId, Ct));
    }

    [Fact]
    public async Task SaveResource_SameContent_KeepsVersionAndTime_ChangedContent_BumpsBoth()
    {
        await Store.SaveResourceAsync(World.Resource, Ct);
        Time.Advance(TimeSpan.FromMinutes(5));
        await Store.SaveResourceAsync(World.Resource, Ct);
        var unchanged = await ResourceRowAsync();
        Time.Advance(TimeSpan.FromMinutes(5));

        await Store.SaveResourceAsync(World.Resource with { PolicyXml = "<xacml:Policy Version=\"2\"/>" }, Ct);

        var changed = await ResourceRowAsync();
        Assert.Equal((1, new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero)), (unchanged.Version, unchanged.UpdatedAt));
        Assert.Equal((2, new DateTimeOffset(2026, 3, 1, 12, 10, 0, TimeSpan.Zero)), (changed.Version, changed.UpdatedAt));
        Assert.Equal("<xacml:Policy Version=\"2\"/>", (await Store.FindResourceAsync(World.Resource.Id, Ct))!.PolicyXml);
    }

    [Fact]
    public async Task Import_RightForAPartyThatExistsNowhere_ChangesNothing()
    {
        var data = World.Data with { Roles = [.. World.Data.Roles, new(World.Kari.PartyId, 9999, "DAGL")] };

        await Assert.ThrowsAsync<DbUpdateException>(() => Store.ImportAsync(data, Ct));

        Assert.True((await SnapshotAsync()).IsEmpty);
    }

    [Fact]
    public async Task Import_PartyWhoseIdentifierIsStoredUnderAnotherId_ChangesNothing()
    {
        await Store.ImportAsync(World.Data, Ct);
        var before = await SnapshotAsync();
        var twin = World.Regnskap with { PartyId = 2999, OrganizationNumber = World.Bygg.OrganizationNumber };

        await Assert.ThrowsAsync<DbUpdateException>(() => Store.ImportAsync(new AuthorizationData { Parties = [World.Kari with { Name = "Kari N." }, twin] }, Ct));

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Import_MalformedRows_AreRefusedBeforeAnyWrite_WithEveryProblemListed()
    {
        var data = World.Data with
        {
            Parties = [World.Kari, World.Ola with { PersonIdentifier = "123" }, World.Bygg with { Name = " " }],
            Resources = [World.Resource, World.Resource],
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.ImportAsync(data, Ct));

        Assert.Contains("Parties[1]: a person needs an 11-digit person identifier", error.Message, StringComparison.Ordinal);
        Assert.Contains("Parties[2]: the name must be", error.Message, StringComparison.Ordinal);
        Assert.Contains("resource id demo-service appears 2 times", error.Message, StringComparison.Ordinal);
        Assert.True((await SnapshotAsync()).IsEmpty);
    }

    [Fact]
    public async Task Import_FailingMidway_AfterPartiesAndRolesWereWritten_LeavesNothing()
    {
        await Store.ImportAsync(new AuthorizationData { Parties = [World.Kari] }, Ct);
        var before = await SnapshotAsync();
        var failing = new FailingCommandInterceptor("authorization_access_package_assignments");
        var data = World.Data with { Parties = [World.Kari with { Name = "Renamed" }, .. World.Data.Parties.Skip(1)] };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => NewStore(failing).ImportAsync(data, Ct));

        Assert.Contains(FailingCommandInterceptor.Message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains(failing.Executed, sql => sql.Contains("INSERT INTO authorization_parties ", StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<ServiceResourceRow> ResourceRowAsync()
    {
        await using var db = OpenContext();
        return await db.Resources.AsNoTracking().SingleAsync(Ct);
    }
}

public sealed class SqliteStoreImportTests() : StoreImportTests(AuthorizationStoreProvider.Sqlite);

public sealed class PostgreSqlStoreImportTests() : StoreImportTests(AuthorizationStoreProvider.PostgreSql);
