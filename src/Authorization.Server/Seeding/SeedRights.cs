using System.Text.RegularExpressions;

namespace DialogTokens.Authorization;

/// <summary>The roles and access packages of a seed, with holders and parties resolved from their URNs.</summary>
internal static partial class SeedRights
{
    public static async Task<List<RoleAssignment>> RolesAsync(IReadOnlyList<SeedRight> entries, SeedParties parties, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        var resolved = await ResolveAsync(entries, parties, AltinnXacml.RoleCode, RoleAssignmentRow.RoleCodeMaxLength, ".role", "a role code such as DAGL or REGNA", problems, cancellationToken);
        return [.. resolved.Select(r => new RoleAssignment(r.Holder, r.For, r.Value))];
    }

    public static async Task<List<AccessPackageAssignment>> AccessPackagesAsync(IReadOnlyList<SeedRight> entries, SeedParties parties, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        var resolved = await ResolveAsync(entries, parties, AltinnXacml.AccessPackage, AccessPackageAssignmentRow.AccessPackageMaxLength, ".package", "an access package such as regnskapsforer-med-signeringsrettighet", problems, cancellationToken);
        return [.. resolved.Select(r => new AccessPackageAssignment(r.Holder, r.For, r.Value))];
    }

    private static async Task<List<(int Holder, int For, string Value)>> ResolveAsync(
        IReadOnlyList<SeedRight> entries,
        SeedParties parties,
        string attributeId,
        int maxLength,
        string valueMember,
        string expected,
        List<SeedProblem> problems,
        CancellationToken cancellationToken)
    {
        var resolved = new List<(int Holder, int For, string Value)>();
        var first = new Dictionary<(int, int, string), string>();
        foreach (var entry in entries)
        {
            var holder = await parties.FindAsync(entry.Holder, entry.Path + ".holder", cancellationToken);
            var forParty = await parties.FindAsync(entry.For, entry.Path + ".for", cancellationToken);
            var value = Value(entry.Value, attributeId);
            if (value is not null && (value.Length > maxLength || !ValuePattern().IsMatch(value)))
            {
                problems.Add(new SeedProblem(entry.Path + valueMember, $"'{entry.Value}' is not {expected} (letters, digits, '-' and '_', at most {maxLength})."));
                value = null;
            }

            if (holder is null || forParty is null || value is null)
            {
                continue;
            }

            var key = (holder.PartyId, forParty.PartyId, value);
            if (!first.TryAdd(key, entry.Path))
            {
                problems.Add(new SeedProblem(entry.Path, $"duplicate: {entry.Holder} holds {value} for {entry.For} also at {first[key]}."));
                continue;
            }

            resolved.Add(key);
        }

        return resolved;
    }

    /// <summary>The bare value: <c>DAGL</c> as written, or from <c>urn:altinn:rolecode:DAGL</c>.</summary>
    private static string? Value(string? written, string attributeId) =>
        written is not null && written.StartsWith(attributeId + ":", StringComparison.Ordinal) ? written[(attributeId.Length + 1)..] : written;

    [GeneratedRegex("^[A-Za-z0-9_-]+\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ValuePattern();
}
