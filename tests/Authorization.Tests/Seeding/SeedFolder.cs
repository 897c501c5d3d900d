using System.Text.Json.Nodes;

namespace DialogTokens.Authorization.Tests.Seeding;

/// <summary>A temp folder with a seed file and its policies, deleted after the test.</summary>
internal sealed class SeedFolder : IDisposable
{
    public SeedFolder()
    {
        Directory.CreateDirectory(Path.Combine(Root, "policies"));
        WritePolicy("byggesoknad.xml", DemoSeed.Policy("demo-byggesoknad.xml"));
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"dialogtokens-seed-{Guid.NewGuid():N}");

    public string SeedFile => Path.Combine(Root, "seed.json");

    /// <summary>
    /// A valid seed: two persons, an organization with a sub-unit, a role, an access package, and a resource with the
    /// demo's byggesoknad policy. Tests break one thing in it.
    /// </summary>
    public static JsonObject ValidSeed() => JsonNode.Parse("""
        {
          "persons": [
            { "personIdentifier": "12858012307", "name": "Kari Nordmann", "partyId": 50001, "userId": 20001 },
            { "personIdentifier": "07837523588", "name": "Ola Nordmann" }
          ],
          "organizations": [
            { "organizationNumber": "310100013", "name": "Fjelltopp Bygg AS", "partyId": 50010 },
            { "organizationNumber": "310100021", "name": "Fjelltopp Bygg AS avd. Bergen", "mainUnit": "urn:altinn:organization:identifier-no:310100013" }
          ],
          "roles": [
            { "holder": "urn:altinn:person:identifier-no:12858012307", "for": "urn:altinn:organization:identifier-no:310100013", "role": "DAGL" }
          ],
          "accessPackages": [
            { "holder": "urn:altinn:person:identifier-no:07837523588", "for": "urn:altinn:organization:identifier-no:310100013", "package": "urn:altinn:accesspackage:regnskapsforer-lonn" }
          ],
          "resources": [
            { "id": "demo-byggesoknad", "owner": "urn:altinn:organization:identifier-no:991825827", "orgCode": "ttd", "title": "Byggesøknad", "policyFile": "policies/byggesoknad.xml" }
          ]
        }
        """)!.AsObject();

    public string Write(JsonNode seed) => Write(seed.ToJsonString());

    public string Write(string json)
    {
        File.WriteAllText(SeedFile, json);
        return SeedFile;
    }

    public void WritePolicy(string name, string xml) => File.WriteAllText(Path.Combine(Root, "policies", name), xml);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
