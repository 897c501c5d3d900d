using System.Text.RegularExpressions;

namespace DialogTokens.Authorization;

/// <summary>The service resources of a seed, each with its policy read from a file beside the seed and validated.</summary>
internal static partial class SeedResources
{
    private const string OwnerPrefix = AltinnXacml.OrganizationIdentifier + ":";

    public static async Task<List<ServiceResource>> ReadAsync(IReadOnlyList<SeedResource> entries, string seedDirectory, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        var resources = new List<ServiceResource>();
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var count = problems.Count;
            CheckId(entry, first, problems);
            if (entry.Owner is { } owner && !(owner.StartsWith(OwnerPrefix, StringComparison.Ordinal) && PartyIdentifiers.IsOrganizationNumber(owner[OwnerPrefix.Length..])))
            {
                problems.Add(new SeedProblem(entry.Path + ".owner", $"'{owner}' is not {OwnerPrefix}<9 digits>."));
            }

            if (entry.OrgCode is { } orgCode && !OrgCodePattern().IsMatch(orgCode))
            {
                problems.Add(new SeedProblem(entry.Path + ".orgCode", $"'{orgCode}' is not an org code such as ttd or skd (2 to 32 of a-z, 0-9 and '-')."));
            }

            if (entry.Title is { Length: > ServiceResourceRow.TitleMaxLength })
            {
                problems.Add(new SeedProblem(entry.Path + ".title", $"is longer than {ServiceResourceRow.TitleMaxLength} characters."));
            }

            var policy = await ReadPolicyAsync(entry, seedDirectory, problems, cancellationToken);
            if (problems.Count == count && entry is { Id: { } id, Owner: { } o, OrgCode: { } code, Title: { } title } && policy is not null)
            {
                resources.Add(new ServiceResource(id, o[OwnerPrefix.Length..], code, title, policy));
            }
        }

        return resources;
    }

    private static void CheckId(SeedResource entry, Dictionary<string, string> first, List<SeedProblem> problems)
    {
        if (entry.Id is not { } id)
        {
            return;
        }

        if (id.StartsWith(ServiceResource.UrnPrefix, StringComparison.Ordinal))
        {
            problems.Add(new SeedProblem(entry.Path + ".id", $"write the id without '{ServiceResource.UrnPrefix}'."));
        }
        else if (id.Length > ServiceResourceRow.IdMaxLength || !IdPattern().IsMatch(id))
        {
            problems.Add(new SeedProblem(entry.Path + ".id", $"'{id}' is not a resource id (4 to {ServiceResourceRow.IdMaxLength} of a-z, 0-9, '_' and '-', as the resource registry requires)."));
        }
        else if (!first.TryAdd(id, entry.Path))
        {
            problems.Add(new SeedProblem(entry.Path + ".id", $"duplicate resource {id}: also at {first[id]}."));
        }
    }

    private static async Task<string?> ReadPolicyAsync(SeedResource entry, string seedDirectory, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        if (entry.PolicyFile is not { } file)
        {
            return null;
        }

        var path = entry.Path + ".policyFile";
        var fullPath = Path.GetFullPath(Path.Combine(seedDirectory, file));
        if (!File.Exists(fullPath))
        {
            problems.Add(new SeedProblem(path, $"policy file not found: {file} (looked for {fullPath})."));
            return null;
        }

        string xml;
        try
        {
            xml = await File.ReadAllTextAsync(fullPath, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new SeedProblem(path, $"cannot read {file}: {e.Message}"));
            return null;
        }

        if (PolicyValidator.TryValidate(xml, out _, out var policyProblems))
        {
            return xml;
        }

        problems.AddRange(policyProblems.Count == 0
            ? [new SeedProblem(path, $"{file} is not a valid policy.")]
            : policyProblems.Select(p => new SeedProblem(path, $"{file}: {p}")));
        return null;
    }

    [GeneratedRegex("^[a-z0-9_-]{4,}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9-]{2,32}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex OrgCodePattern();
}
