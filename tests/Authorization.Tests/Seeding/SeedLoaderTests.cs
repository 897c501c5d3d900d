using System.Text.Json.Nodes;
using DialogTokens.Authorization.Tests.Persistence;

namespace DialogTokens.Authorization.Tests.Seeding;

/// <summary>Loading seeds into the EF store on every provider: the demo world, idempotence, and ids that stay put.</summary>
public abstract class SeedLoaderTests(AuthorizationStoreProvider provider) : StoreTest(provider)
{
    private const string Kari = "urn:altinn:person:identifier-no:12858012307";
    private const string Bygg = "urn:altinn:organization:identifier-no:310100013";

    [Fact]
    public async Task Load_DemoSeed_ImportsTheDemoWorld()
    {
        var result = await new SeedLoader(Store).LoadAsync(DemoSeed.File, Ct);

        Assert.True(result.Succeeded, result.ToString());
        var bygg = await FindAsync(Bygg);
        var bergen = await FindAsync("urn:altinn:organization:identifier-no:310100021");
        var kari = await FindAsync(Kari);
        var siri = await FindAsync("urn:altinn:userid:20003");
        Assert.Equal((50004, 50005, 50006), (bygg.PartyId, bergen.PartyId, (await FindAsync("urn:altinn:organization:identifier-no:310100048")).PartyId));
        Assert.Equal([bergen], await Store.ListSubUnitsAsync(bygg.PartyId, Ct));
        Assert.Equal(["DAGL"], await Store.GetRoleCodesAsync(kari.PartyId, bygg.PartyId, Ct));
        Assert.Equal(["REGNA"], await Store.GetRoleCodesAsync((await FindAsync("urn:altinn:partyid:50002")).PartyId, bygg.PartyId, Ct));
        Assert.Equal(["regnskapsforer-med-signeringsrettighet"], await Store.GetAccessPackagesAsync(siri.PartyId, bygg.PartyId, Ct));
        Assert.Equal(["demo-byggesoknad", "demo-mva-melding"], (await Store.ListResourcesAsync(Ct)).Select(r => r.Id));
        Assert.Equal(DemoSeed.Policy("demo-mva-melding.xml"), (await Store.FindResourceAsync("demo-mva-melding", Ct))!.PolicyXml);
        var mva = (await Store.FindResourceAsync("demo-mva-melding", Ct))!;
        Assert.Equal(("991825827", "ttd", "Mva-melding (demo)"), (mva.OwnerOrganizationNumber, mva.OwnerOrgCode, mva.Title));
    }

    [Fact]
    public async Task Load_SameSeedTwice_ChangesNothing()
    {
        var loader = new SeedLoader(Store);
        Assert.True((await loader.LoadAsync(DemoSeed.File, Ct)).Succeeded);
        var first = await SnapshotAsync();
        Time.Advance(TimeSpan.FromDays(1));

        var again = await loader.LoadAsync(DemoSeed.File, Ct);

        Assert.True(again.Succeeded, again.ToString());
        Assert.Equal(first, await SnapshotAsync());
    }

    [Fact]
    public async Task Load_BadSeed_ChangesNothing_InAStoreThatHoldsData()
    {
        var loader = new SeedLoader(Store);
        Assert.True((await loader.LoadAsync(DemoSeed.File, Ct)).Succeeded);
        var before = await SnapshotAsync();
        using var folder = new SeedFolder();
        var seed = SeedFolder.ValidSeed();
        seed["organizations"]![0]!.AsObject().Remove("partyId"); // The demo generated its id.
        seed["persons"]![0]!["name"] = "Kari Renamed";
        seed["roles"]![0]!["for"] = "urn:altinn:organization:identifier-no:999999999";

        var result = await loader.LoadAsync(folder.Write(seed), Ct);

        Assert.Equal([new SeedProblem("$.roles[0].for", "unknown party urn:altinn:organization:identifier-no:999999999: it is neither in this seed nor in the store.")], result.Problems);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Load_SeedThatGrew_KeepsTheGeneratedIdsOfThePartiesItHadBefore()
    {
        using var folder = new SeedFolder();
        var seed = SeedFolder.ValidSeed();
        Assert.True((await new SeedLoader(Store).LoadAsync(folder.Write(seed), Ct)).Succeeded);
        var ola = (await FindAsync("urn:altinn:person:identifier-no:07837523588")).PartyId;
        var bergen = (await FindAsync("urn:altinn:organization:identifier-no:310100021")).PartyId;
        seed["persons"]!.AsArray().Insert(0, new JsonObject { ["personIdentifier"] = "23919034521", ["name"] = "Siri Hansen" });

        Assert.True((await new SeedLoader(Store).LoadAsync(folder.Write(seed), Ct)).Succeeded);

        Assert.Equal((50002, 50003), (ola, bergen));
        Assert.Equal(ola, (await FindAsync("urn:altinn:person:identifier-no:07837523588")).PartyId);
        Assert.Equal(bergen, (await FindAsync("urn:altinn:organization:identifier-no:310100021")).PartyId);
        Assert.Equal(50004, (await FindAsync("urn:altinn:person:identifier-no:23919034521")).PartyId);
    }

    [Fact]
    public async Task Load_RightsBetweenPartiesAlreadyStored_NeedNoPartiesInTheSeed()
    {
        Assert.True((await new SeedLoader(Store).LoadAsync(DemoSeed.File, Ct)).Succeeded);
        using var folder = new SeedFolder();

        var result = await new SeedLoader(Store).LoadAsync(folder.Write($$"""{ "roles": [{ "holder": "urn:altinn:userid:20001", "for": "{{Bygg}}", "role": "urn:altinn:rolecode:REGNA" }] }"""), Ct);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(["DAGL", "REGNA"], await Store.GetRoleCodesAsync((await FindAsync(Kari)).PartyId, (await FindAsync(Bygg)).PartyId, Ct));
    }

    [Fact]
    public async Task Check_PartiesThatDisagreeWithTheStore_AreProblems_AndNothingIsImported()
    {
        using var folder = new SeedFolder();
        Assert.True((await new SeedLoader(Store).LoadAsync(folder.Write(SeedFolder.ValidSeed()), Ct)).Succeeded);
        var before = await SnapshotAsync();
        var seed = SeedFolder.ValidSeed();
        seed["persons"]![0]!["partyId"] = 60001;
        seed["persons"]![0]!["userId"] = 20005;
        seed["persons"]![1]!["userId"] = 20001;
        seed["organizations"]![1]!["partyId"] = 50001;

        var result = await new SeedLoader(Store).LoadAsync(folder.Write(seed), Ct);

        Assert.Equal(
            [
                new SeedProblem("$.persons[0].partyId", $"is 60001, but the store has {Kari} as party 50001; a party's id cannot change."),
                new SeedProblem("$.persons[1].userId", $"user id 20001 is {Kari} in the store."),
                new SeedProblem("$.organizations[1].partyId", $"is 50001, but the store has urn:altinn:organization:identifier-no:310100021 as party 50003; a party's id cannot change."),
            ],
            result.Problems);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Check_NewPartyWithAnIdTheStoreGaveToAnother_IsAProblem()
    {
        using var folder = new SeedFolder();
        Assert.True((await new SeedLoader(Store).LoadAsync(folder.Write(SeedFolder.ValidSeed()), Ct)).Succeeded);

        var result = await new SeedLoader(Store).CheckAsync(folder.Write("""{ "persons": [{ "personIdentifier": "23919034521", "name": "Siri", "partyId": 50010 }] }"""), Ct);

        Assert.Equal([new SeedProblem("$.persons[0].partyId", "party id 50010 is urn:altinn:organization:identifier-no:310100013 in the store.")], result.Problems);
    }

    private async Task<Party> FindAsync(string urn) =>
        await Store.FindPartyAsync(PartyLookup.TryParse(urn, out var lookup) ? lookup : throw new ArgumentException(urn), Ct)
        ?? throw new InvalidOperationException($"{urn} is not in the store.");
}

public sealed class SqliteSeedLoaderTests() : SeedLoaderTests(AuthorizationStoreProvider.Sqlite);

public sealed class PostgreSqlSeedLoaderTests() : SeedLoaderTests(AuthorizationStoreProvider.PostgreSql);
