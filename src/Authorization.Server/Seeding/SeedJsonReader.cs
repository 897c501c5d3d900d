using System.Text.Json;

namespace DialogTokens.Authorization;

/// <summary>Reads the JSON of a seed file into a <see cref="SeedDocument"/>, listing every problem of shape at once.</summary>
internal static class SeedJsonReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        AllowDuplicateProperties = false,
    };

    /// <summary>The document, or null when the file is not a JSON object; problems of shape go to <paramref name="problems"/>.</summary>
    public static SeedDocument? Read(string json, List<SeedProblem> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            problems.Add(new SeedProblem("$", $"not valid JSON: {e.Message}"));
            return null;
        }

        using (document)
        {
            if (SeedJsonObject.Of(document.RootElement, "$", problems) is not { } root)
            {
                return null;
            }

            var persons = root.Array("persons").Select(Person).ToList();
            var organizations = root.Array("organizations").Select(Organization).ToList();
            var roles = root.Array("roles").Select(o => Right(o, "role")).ToList();
            var packages = root.Array("accessPackages").Select(o => Right(o, "package")).ToList();
            var resources = root.Array("resources").Select(Resource).ToList();
            root.RejectUnknown("persons, organizations, roles, accessPackages, resources");
            return new SeedDocument([.. persons, .. organizations], roles, packages, resources);
        }
    }

    private static SeedParty Person(SeedJsonObject o)
    {
        var party = new SeedParty(o.Path, PartyKind.Person, o.String("personIdentifier"), o.String("name"), o.Int("partyId"), o.Int("userId"), null);
        o.RejectUnknown("personIdentifier, name, partyId, userId");
        return party;
    }

    private static SeedParty Organization(SeedJsonObject o)
    {
        var party = new SeedParty(o.Path, PartyKind.Organization, o.String("organizationNumber"), o.String("name"), o.Int("partyId"), null, o.String("mainUnit", required: false));
        o.RejectUnknown("organizationNumber, name, partyId, mainUnit");
        return party;
    }

    private static SeedRight Right(SeedJsonObject o, string valueName)
    {
        var right = new SeedRight(o.Path, o.String("holder"), o.String("for"), o.String(valueName));
        o.RejectUnknown($"holder, for, {valueName}");
        return right;
    }

    private static SeedResource Resource(SeedJsonObject o)
    {
        var resource = new SeedResource(o.Path, o.String("id"), o.String("owner"), o.String("orgCode"), o.String("title"), o.String("policyFile"));
        o.RejectUnknown("id, owner, orgCode, title, policyFile");
        return resource;
    }
}
