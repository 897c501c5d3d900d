using System.Globalization;

namespace DialogTokens.Authorization;

/// <summary>
/// The checks of a seed's parties that need no store: identifier formats, names and ids, and duplicates (the same
/// party, party id or user id twice). An entry that fails any is left out, and its URN is remembered as rejected so
/// that references to it do not report it a second time.
/// </summary>
internal static class SeedPartyChecks
{
    public static List<SeedParty> Accept(IReadOnlyList<SeedParty> entries, List<SeedProblem> problems, HashSet<string> rejected)
    {
        var accepted = new List<SeedParty>();
        var firstByUrn = new Dictionary<string, SeedParty>(StringComparer.Ordinal);
        var firstByPartyId = new Dictionary<string, SeedParty>(StringComparer.Ordinal);
        var firstByUserId = new Dictionary<string, SeedParty>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var valid = CheckFormats(entry, problems)
                & Unique(problems, firstByUrn, entry.Identifier is null ? null : entry.Urn, entry, entry.Path, $"duplicate party {entry.Urn}")
                & Unique(problems, firstByPartyId, entry.PartyId?.ToString(CultureInfo.InvariantCulture), entry, entry.Path + ".partyId", $"party id {entry.PartyId} is used twice")
                & Unique(problems, firstByUserId, entry.UserId?.ToString(CultureInfo.InvariantCulture), entry, entry.Path + ".userId", $"user id {entry.UserId} is used twice");
            if (valid)
            {
                accepted.Add(entry);
            }
            else if (entry.Identifier is not null)
            {
                rejected.Add(entry.Urn);
            }
        }

        return accepted;
    }

    private static bool CheckFormats(SeedParty entry, List<SeedProblem> problems)
    {
        var count = problems.Count;
        if (entry.Kind == PartyKind.Person && entry.Identifier is { } pid && !PartyIdentifiers.IsPersonIdentifier(pid))
        {
            problems.Add(new SeedProblem(entry.IdentifierPath, $"'{pid}' is not a national identity number (11 digits)."));
        }

        if (entry.Kind == PartyKind.Organization && entry.Identifier is { } orgNo && !PartyIdentifiers.IsOrganizationNumber(orgNo))
        {
            problems.Add(new SeedProblem(entry.IdentifierPath, $"'{orgNo}' is not an organization number (9 digits)."));
        }

        if (entry.Name is { Length: > PartyRow.NameMaxLength })
        {
            problems.Add(new SeedProblem(entry.Path + ".name", $"is longer than {PartyRow.NameMaxLength} characters."));
        }

        if (entry.PartyId is <= 0)
        {
            problems.Add(new SeedProblem(entry.Path + ".partyId", "must be a positive number."));
        }

        if (entry.UserId is <= 0)
        {
            problems.Add(new SeedProblem(entry.Path + ".userId", "must be a positive number."));
        }

        return problems.Count == count && entry.Identifier is not null && entry.Name is not null;
    }

    private static bool Unique(List<SeedProblem> problems, Dictionary<string, SeedParty> first, string? key, SeedParty entry, string path, string message)
    {
        if (key is null || first.TryAdd(key, entry))
        {
            return true;
        }

        problems.Add(new SeedProblem(path, $"{message}: also at {first[key].Path}."));
        return false;
    }
}
