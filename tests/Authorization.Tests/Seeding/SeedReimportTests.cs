using System.Text.Json.Nodes;
using DialogTokens.Authorization.Tests.Persistence;

namespace DialogTokens.Authorization.Tests.Seeding;

/// <summary>
/// Loading a seed again makes the rights of its parties what the seed says: a role or access package taken out of the
/// file is revoked, in the same transaction as the rest; rights between parties the seed does not name stay.
/// </summary>
public abstract class SeedReimportTests(AuthorizationStoreProvider provider) : StoreTest(provider)
{
    [Fact]
    public Task Reload_AfterARightIsRemovedFromTheSeed_RevokesIt() => SeedReimportScenarios.RemovedRightIsRevokedAsync(Store, Ct);

    [Fact]
    public Task Reload_AfterAPersonIsRemovedFromTheSeed_RevokesTheRightsTheSeedGaveThem() => SeedReimportScenarios.RemovedHolderLosesTheSeedsRightsAsync(Store, Ct);

    [Fact]
    public Task Reload_KeepsRightsBetweenPartiesTheSeedDoesNotName() => SeedReimportScenarios.OtherPartiesKeepTheirRightsAsync(Store, Ct);

    [Fact]
    public async Task Reload_ThatFails_RevokesNothing()
    {
        using var folder = new SeedFolder();
        var seed = SeedFolder.ValidSeed();
        Assert.True((await new SeedLoader(Store).LoadAsync(folder.Write(seed), Ct)).Succeeded);
        var before = await SnapshotAsync();
        seed["roles"] = new JsonArray();
        seed["accessPackages"]![0]!["for"] = "urn:altinn:organization:identifier-no:999999999";

        Assert.False((await new SeedLoader(Store).LoadAsync(folder.Write(seed), Ct)).Succeeded);

        Assert.Equal(before, await SnapshotAsync());
    }
}

public sealed class SqliteSeedReimportTests() : SeedReimportTests(AuthorizationStoreProvider.Sqlite);

public sealed class PostgreSqlSeedReimportTests() : SeedReimportTests(AuthorizationStoreProvider.PostgreSql);

/// <summary>The same re-imports into the in-memory store.</summary>
public sealed class InMemorySeedReimportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public Task Reload_AfterARightIsRemovedFromTheSeed_RevokesIt() => SeedReimportScenarios.RemovedRightIsRevokedAsync(new InMemoryAuthorizationStore(), Ct);

    [Fact]
    public Task Reload_AfterAPersonIsRemovedFromTheSeed_RevokesTheRightsTheSeedGaveThem() => SeedReimportScenarios.RemovedHolderLosesTheSeedsRightsAsync(new InMemoryAuthorizationStore(), Ct);

    [Fact]
    public Task Reload_KeepsRightsBetweenPartiesTheSeedDoesNotName() => SeedReimportScenarios.OtherPartiesKeepTheirRightsAsync(new InMemoryAuthorizationStore(), Ct);
}

internal static class SeedReimportScenarios
{
    private const int Kari = 50001;
    private const int Bygg = 50010;

    public static async Task RemovedRightIsRevokedAsync(IAuthorizationStore store, CancellationToken ct)
    {
        using var folder = new SeedFolder();
        var seed = SeedFolder.ValidSeed();
        seed["roles"]!.AsArray().Add(new JsonObject { ["holder"] = "urn:altinn:person:identifier-no:12858012307", ["for"] = "urn:altinn:organization:identifier-no:310100013", ["role"] = "REGNA" });
        Assert.True((await new SeedLoader(store).LoadAsync(folder.Write(seed), ct)).Succeeded);
        var ola = (await store.FindPartyAsync(new PartyLookup(AltinnXacml.PersonIdentifier, "07837523588"), ct))!.PartyId;
        Assert.Equal(["DAGL", "REGNA"], await store.GetRoleCodesAsync(Kari, Bygg, ct));
        Assert.Equal(["regnskapsforer-lonn"], await store.GetAccessPackagesAsync(ola, Bygg, ct));

        seed["roles"]!.AsArray().RemoveAt(0);
        seed["accessPackages"] = new JsonArray();
        var result = await new SeedLoader(store).LoadAsync(folder.Write(seed), ct);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(["REGNA"], await store.GetRoleCodesAsync(Kari, Bygg, ct));
        Assert.Empty(await store.GetAccessPackagesAsync(ola, Bygg, ct));
        Assert.DoesNotContain(await store.ListPartiesWithRightsAsync(ola, ct), p => p.PartyId == Bygg);
    }

    public static async Task RemovedHolderLosesTheSeedsRightsAsync(IAuthorizationStore store, CancellationToken ct)
    {
        using var folder = new SeedFolder();
        var seed = SeedFolder.ValidSeed();
        Assert.True((await new SeedLoader(store).LoadAsync(folder.Write(seed), ct)).Succeeded);
        var ola = (await store.FindPartyAsync(new PartyLookup(AltinnXacml.PersonIdentifier, "07837523588"), ct))!.PartyId;

        // Ola is gone from the file, and with him the access package he held for Fjelltopp.
        seed["persons"]!.AsArray().RemoveAt(1);
        seed["accessPackages"] = new JsonArray();
        Assert.True((await new SeedLoader(store).LoadAsync(folder.Write(seed), ct)).Succeeded);

        Assert.Empty(await store.GetAccessPackagesAsync(ola, Bygg, ct));
        Assert.Equal(["DAGL"], await store.GetRoleCodesAsync(Kari, Bygg, ct));
    }

    public static async Task OtherPartiesKeepTheirRightsAsync(IAuthorizationStore store, CancellationToken ct)
    {
        var nils = new Party { PartyId = 70001, Kind = PartyKind.Person, Name = "Nils", PersonIdentifier = "01017012345" };
        var other = new Party { PartyId = 70002, Kind = PartyKind.Organization, Name = "Annet AS", OrganizationNumber = "310200011" };
        await store.ImportAsync(new AuthorizationData { Parties = [nils, other], Roles = [new(nils.PartyId, other.PartyId, "DAGL")], AccessPackages = [new(nils.PartyId, other.PartyId, "regnskapsforer-lonn")] }, ct);
        using var folder = new SeedFolder();
        var seed = SeedFolder.ValidSeed();
        Assert.True((await new SeedLoader(store).LoadAsync(folder.Write(seed), ct)).Succeeded);
        seed["roles"] = new JsonArray();

        Assert.True((await new SeedLoader(store).LoadAsync(folder.Write(seed), ct)).Succeeded);

        Assert.Empty(await store.GetRoleCodesAsync(Kari, Bygg, ct));
        Assert.Equal(["DAGL"], await store.GetRoleCodesAsync(nils.PartyId, other.PartyId, ct));
        Assert.Equal(["regnskapsforer-lonn"], await store.GetAccessPackagesAsync(nils.PartyId, other.PartyId, ct));
    }
}
