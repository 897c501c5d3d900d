using System.Text.Json.Nodes;
using DialogTokens.Authorization.Tests.Persistence;

namespace DialogTokens.Authorization.Tests.Seeding;

/// <summary>
/// Every kind of bad seed: each breaks one thing in a valid seed, is reported at its JSON path, and changes nothing in
/// a store that already holds the valid seed. (Provider-independent, so on SQLite; the loader tests cover both.)
/// </summary>
public sealed class BadSeedTests() : StoreTest(AuthorizationStoreProvider.Sqlite)
{
    private const string Kari = "urn:altinn:person:identifier-no:12858012307";

    private static readonly Dictionary<string, BadSeed> Cases = new()
    {
        ["seed file missing"] = new(f => Path.Combine(f.Root, "nothing.json"), "$", "seed file not found"),
        ["not JSON"] = new(f => f.Write("{ \"persons\": ["), "$", "not valid JSON"),
        ["a member twice"] = new(f => f.Write("""{ "persons": [], "persons": [] }"""), "$", "not valid JSON"),
        ["root not an object"] = new(f => f.Write("[]"), "$", "expected an object, found an array."),
        ["unknown member"] = Edit(s => s["person"] = new JsonArray(), "$.person", "unknown member; expected persons, organizations, roles, accessPackages, resources."),
        ["unknown member of an entry"] = Edit(s => s["roles"]![0]!["rolle"] = "DAGL", "$.roles[0].rolle", "unknown member; expected holder, for, role."),
        ["section not an array"] = Edit(s => s["roles"] = new JsonObject(), "$.roles", "expected an array, found an object."),
        ["entry not an object"] = Edit(s => s["persons"]![0] = "Kari", "$.persons[0]", "expected an object, found a string."),
        ["name missing"] = Edit(s => s["persons"]![1]!.AsObject().Remove("name"), "$.persons[1].name", "is required."),
        ["name blank"] = Edit(s => s["persons"]![1]!["name"] = " ", "$.persons[1].name", "must not be empty."),
        ["identifier as a number"] = Edit(s => s["persons"]![1]!["personIdentifier"] = 7837523588, "$.persons[1].personIdentifier", "expected a string, found the number 7837523588."),
        ["person identifier of 10 digits"] = Edit(s => s["persons"]![1]!["personIdentifier"] = "0783752358", "$.persons[1].personIdentifier", "'0783752358' is not a national identity number (11 digits)."),
        ["organization number with a letter"] = Edit(s => s["organizations"]![1]!["organizationNumber"] = "31010002X", "$.organizations[1].organizationNumber", "'31010002X' is not an organization number (9 digits)."),
        ["duplicate party"] = Edit(s => s["persons"]!.AsArray().Add(new JsonObject { ["personIdentifier"] = "12858012307", ["name"] = "Kari" }), "$.persons[2]", $"duplicate party {Kari}: also at $.persons[0]."),
        ["duplicate party id"] = Edit(s => s["organizations"]![1]!["partyId"] = 50010, "$.organizations[1].partyId", "party id 50010 is used twice: also at $.organizations[0]."),
        ["party id zero"] = Edit(s => s["persons"]![1]!["partyId"] = 0, "$.persons[1].partyId", "must be a positive number."),
        ["user id not whole"] = Edit(s => s["persons"]![1]!["userId"] = 1.5, "$.persons[1].userId", "expected a whole number, found the number 1.5."),
        ["unknown party"] = Edit(s => s["roles"]![0]!["for"] = "urn:altinn:organization:identifier-no:999999999", "$.roles[0].for", "unknown party urn:altinn:organization:identifier-no:999999999: it is neither in this seed nor in the store."),
        ["party not a URN"] = Edit(s => s["roles"]![0]!["holder"] = "Kari Nordmann", "$.roles[0].holder", "'Kari Nordmann' is not a party URN"),
        ["main unit a person"] = Edit(s => s["organizations"]![1]!["mainUnit"] = Kari, "$.organizations[1].mainUnit", $"{Kari} is a person; a main unit is an organization."),
        ["own main unit"] = Edit(s => s["organizations"]![1]!["mainUnit"] = "urn:altinn:organization:identifier-no:310100021", "$.organizations[1].mainUnit", "an organization cannot be its own main unit."),
        ["role code with a space"] = Edit(s => s["roles"]![0]!["role"] = "DA GL", "$.roles[0].role", "'DA GL' is not a role code such as DAGL or REGNA"),
        ["duplicate role"] = Edit(s => s["roles"]!.AsArray().Add(s["roles"]![0]!.DeepClone().AsObject().With("role", "urn:altinn:rolecode:DAGL")), "$.roles[1]", "duplicate:"),
        ["access package not ASCII"] = Edit(s => s["accessPackages"]![0]!["package"] = "regnskapsfører", "$.accessPackages[0].package", "'regnskapsfører' is not an access package"),
        ["policy file missing"] = Edit(s => s["resources"]![0]!["policyFile"] = "policies/missing.xml", "$.resources[0].policyFile", "policy file not found: policies/missing.xml"),
        ["policy not XML"] = new(WithBrokenPolicy, "$.resources[0].policyFile", "policies/broken.xml: "),
        ["resource id with spaces"] = Edit(s => s["resources"]![0]!["id"] = "Demo byggesøknad", "$.resources[0].id", "'Demo byggesøknad' is not a resource id"),
        ["resource id as a URN"] = Edit(s => s["resources"]![0]!["id"] = "urn:altinn:resource:demo-byggesoknad", "$.resources[0].id", "write the id without 'urn:altinn:resource:'."),
        ["duplicate resource"] = Edit(s => s["resources"]!.AsArray().Add(s["resources"]![0]!.DeepClone()), "$.resources[1].id", "duplicate resource demo-byggesoknad: also at $.resources[0]."),
        ["owner not a URN"] = Edit(s => s["resources"]![0]!["owner"] = "991825827", "$.resources[0].owner", "'991825827' is not urn:altinn:organization:identifier-no:<9 digits>."),
        ["org code in capitals"] = Edit(s => s["resources"]![0]!["orgCode"] = "TTD", "$.resources[0].orgCode", "'TTD' is not an org code"),
        ["title missing"] = Edit(s => s["resources"]![0]!.AsObject().Remove("title"), "$.resources[0].title", "is required."),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Load_BadSeed_ReportsItsProblemAtItsPath_AndChangesNothing(string name)
    {
        using var folder = new SeedFolder();
        var loader = new SeedLoader(Store);
        Assert.True((await loader.LoadAsync(folder.Write(SeedFolder.ValidSeed()), Ct)).Succeeded);
        var before = await SnapshotAsync();
        var bad = Cases[name];

        var result = await loader.LoadAsync(bad.Write(folder), Ct);

        Assert.False(result.Succeeded);
        Assert.Null(result.Data);
        Assert.All(result.Problems, p => Assert.Equal(bad.Path, p.Path));
        Assert.Contains(result.Problems, p => p.Message.Contains(bad.Message, StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Load_SeedWithManyProblems_ListsEveryOne_InFileOrder()
    {
        using var folder = new SeedFolder();
        var seed = Seed(s =>
        {
            s["persons"]![1]!["userId"] = -1;
            s["organizations"]![1]!["organizationNumber"] = "3101000210";
            s["roles"]![0]!["role"] = "D A";
            s["resources"]![0]!["policyFile"] = "nowhere.xml";
        });

        var result = await new SeedLoader(Store).LoadAsync(folder.Write(seed), Ct);

        Assert.Equal(
            ["$.persons[1].userId", "$.organizations[1].organizationNumber", "$.roles[0].role", "$.resources[0].policyFile"],
            result.Problems.Select(p => p.Path));
        Assert.True((await SnapshotAsync()).IsEmpty);
    }

    [Fact]
    public async Task Check_ValidSeed_ReturnsTheDataWithoutImportingIt()
    {
        using var folder = new SeedFolder();

        var result = await new SeedLoader(Store).CheckAsync(folder.Write(SeedFolder.ValidSeed()), Ct);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("4 parties, 1 roles, 1 access packages, 1 resources", result.ToString());
        Assert.Equal(["regnskapsforer-lonn"], result.Data.AccessPackages.Select(p => p.AccessPackage));
        Assert.True((await SnapshotAsync()).IsEmpty);
    }

    private static BadSeed Edit(Action<JsonObject> edit, string path, string message) => new(f => f.Write(Seed(edit)), path, message);

    private static string WithBrokenPolicy(SeedFolder folder)
    {
        folder.WritePolicy("broken.xml", "<xacml:Policy");
        return folder.Write(Seed(s => s["resources"]![0]!["policyFile"] = "policies/broken.xml"));
    }

    private static JsonObject Seed(Action<JsonObject> edit)
    {
        var seed = SeedFolder.ValidSeed();
        edit(seed);
        return seed;
    }

    private sealed record BadSeed(Func<SeedFolder, string> Write, string Path, string Message);
}

file static class JsonObjectExtensions
{
    public static JsonObject With(this JsonObject o, string name, JsonNode value)
    {
        o[name] = value;
        return o;
    }
}
