using System.Globalization;
using System.Text.Json;

namespace DialogTokens.Authorization.Tests.Conformance;

/// <summary>
/// Altinn Authorization's test world as <see cref="AuthorizationData"/>: the parties of <c>Register/</c>, the roles of
/// <c>Roles/user_&lt;userId&gt;/party_&lt;partyId&gt;/roles.json</c>, and the policies of
/// <c>Xacml/3.0/ResourceRegistry/&lt;resource&gt;/policy.xml</c> and <c>Xacml/3.0/AltinnApps/&lt;org&gt;/&lt;app&gt;/policy.xml</c>
/// (stored as resource <c>app_&lt;org&gt;_&lt;app&gt;</c>).
/// </summary>
/// <remarks>
/// Users appear only as ids in the role fixtures. A user who holds PRIV for a person is that person (PRIV is the role
/// for one's own party), and that party gets the user id; any other user becomes a person whose party id is the user id.
/// Parties named by a role fixture but absent from the register become organizations. The store requires identifiers
/// the fixtures lack, so those get obviously synthetic ones (the id zero-padded: 00000000001, 000001000), and every
/// resource gets a placeholder owner (Digdir, 991825827; org code ttd, or the app's org). No request names them.
/// </remarks>
internal static class ConformanceWorld
{
    private const string PlaceholderOwner = "991825827";

    public static AuthorizationData Load()
    {
        var parties = ReadRegister();
        var holdings = ReadRoleFixtures();
        foreach (var forPartyId in holdings.Select(h => h.ForPartyId).Where(id => !parties.ContainsKey(id)))
        {
            parties[forPartyId] = new Party
            {
                PartyId = forPartyId, Kind = PartyKind.Organization, Name = $"Party {forPartyId} (roles fixture only)",
                OrganizationNumber = forPartyId.ToString("D9", CultureInfo.InvariantCulture),
            };
        }

        var userParties = new Dictionary<int, int>();
        foreach (var userId in holdings.Select(h => h.UserId).Distinct())
        {
            userParties[userId] = UserParty(userId, holdings, parties);
        }

        return new AuthorizationData
        {
            Parties = [.. parties.Values.OrderBy(p => p.PartyId)],
            Roles = [.. holdings.Select(h => new RoleAssignment(userParties[h.UserId], h.ForPartyId, h.RoleCode)).Distinct()],
            Resources = ReadPolicies(),
        };
    }

    private static int UserParty(int userId, List<(int UserId, int ForPartyId, string RoleCode)> holdings, Dictionary<int, Party> parties)
    {
        var own = holdings.Where(h => h.UserId == userId && string.Equals(h.RoleCode, "PRIV", StringComparison.OrdinalIgnoreCase))
            .Select(h => parties[h.ForPartyId]).FirstOrDefault(p => p.Kind == PartyKind.Person);
        if (own is not null)
        {
            parties[own.PartyId] = own with { UserId = userId };
            return own.PartyId;
        }

        if (parties.ContainsKey(userId))
        {
            throw new InvalidOperationException($"User {userId} has no own party in the fixtures, and party {userId} is someone else.");
        }

        parties[userId] = new Party
        {
            PartyId = userId, Kind = PartyKind.Person, Name = $"User {userId}", UserId = userId,
            PersonIdentifier = userId.ToString("D11", CultureInfo.InvariantCulture),
        };
        return userId;
    }

    private static Dictionary<int, Party> ReadRegister()
    {
        var parties = new Dictionary<int, Party>();
        foreach (var file in Directory.GetFiles(ConformanceData.PathOf("Register"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var entries = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToList() : [json.RootElement];
            foreach (var party in entries.Select(ToParty))
            {
                parties[party.PartyId] = party;
            }
        }

        return parties;
    }

    private static Party ToParty(JsonElement entry)
    {
        string? Text(string name) => entry.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value
            is { ValueKind: JsonValueKind.String or JsonValueKind.Number } v ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;
        string? Identifier(string name) => Text(name) is { Length: > 0 } value && value != "null" ? value : null;

        var (ssn, orgNo) = (Identifier("SSN"), Identifier("OrgNumber"));
        var person = Text("PartyTypeName") == "1" || (ssn is not null && orgNo is null);
        return new Party
        {
            PartyId = int.Parse(Text("PartyId")!, CultureInfo.InvariantCulture),
            Kind = person ? PartyKind.Person : PartyKind.Organization,
            Name = Text("Name") ?? "",
            PersonIdentifier = person ? ssn : null,
            OrganizationNumber = person ? null : orgNo,
        };
    }

    private static List<(int UserId, int ForPartyId, string RoleCode)> ReadRoleFixtures()
    {
        var holdings = new List<(int, int, string)>();
        foreach (var file in Directory.GetFiles(ConformanceData.PathOf("Roles"), "roles.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var partyFolder = Path.GetDirectoryName(file)!;
            var userId = Id(Path.GetFileName(Path.GetDirectoryName(partyFolder)!), "user_");
            var partyId = Id(Path.GetFileName(partyFolder), "party_");
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            holdings.AddRange(json.RootElement.EnumerateArray().Select(role => (userId, partyId, role.GetProperty("value").GetString()!)));
        }

        return holdings;
    }

    private static int Id(string folderName, string prefix) => int.Parse(folderName[prefix.Length..], CultureInfo.InvariantCulture);

    private static List<ServiceResource> ReadPolicies()
    {
        var resources = new List<ServiceResource>();
        foreach (var folder in Directory.GetDirectories(ConformanceData.PathOf("Xacml", "3.0", "ResourceRegistry")).Order(StringComparer.Ordinal))
        {
            var policy = Path.Combine(folder, "policy.xml");
            if (File.Exists(policy))
            {
                var id = Path.GetFileName(folder);
                resources.Add(new ServiceResource(id, PlaceholderOwner, "ttd", id, File.ReadAllText(policy)));
            }
        }

        var apps = ConformanceData.PathOf("Xacml", "3.0", "AltinnApps");
        foreach (var policy in Directory.GetFiles(apps, "policy.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var app = Path.GetDirectoryName(policy)!;
            var org = Path.GetFileName(Path.GetDirectoryName(app)!);
            resources.Add(new ServiceResource($"app_{org}_{Path.GetFileName(app)}", PlaceholderOwner, org, $"{org}/{Path.GetFileName(app)}", File.ReadAllText(policy)));
        }

        return resources;
    }
}
