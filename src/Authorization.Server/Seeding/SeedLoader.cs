namespace DialogTokens.Authorization;

/// <summary>
/// Loads a seed file (JSON: persons, organizations, roles, access packages, service resources with their policy files;
/// see docs/authorization.md, "Seed file") into an <see cref="IAuthorizationStore"/>. The whole file is read and
/// checked first, and every problem is reported at once with its JSON path; only a valid seed is imported, in one
/// transaction, so a bad seed changes nothing. Loading the same seed again changes nothing either. A seed is the whole
/// truth about the rights of the parties it declares: loading an edited seed revokes, in the same transaction, every
/// role and access package held by or for one of them that the file no longer lists (<see cref="AuthorizationData.ReplacesRights"/>).
/// </summary>
public sealed class SeedLoader(IAuthorizationStore store)
{
    /// <summary>Reads, checks and imports the seed at <paramref name="seedFilePath"/>.</summary>
    /// <returns>The imported data, or every problem found (and nothing imported).</returns>
    public async Task<SeedResult> LoadAsync(string seedFilePath, CancellationToken cancellationToken = default)
    {
        var result = await CheckAsync(seedFilePath, cancellationToken);
        if (result.Succeeded)
        {
            await store.ImportAsync(result.Data, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Reads and checks the seed at <paramref name="seedFilePath"/> without importing it: the data it would import
    /// (party ids resolved against the store), or every problem found.
    /// </summary>
    public async Task<SeedResult> CheckAsync(string seedFilePath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(seedFilePath);
        var fullPath = Path.GetFullPath(seedFilePath);
        var problems = new List<SeedProblem>();
        string json;
        try
        {
            json = await File.ReadAllTextAsync(fullPath, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return SeedResult.Invalid([new SeedProblem("$", $"seed file not found: {fullPath}.")]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SeedResult.Invalid([new SeedProblem("$", $"cannot read the seed file {fullPath}: {e.Message}")]);
        }

        if (SeedJsonReader.Read(json, problems) is not { } document)
        {
            return SeedResult.Invalid(problems);
        }

        var parties = await SeedParties.ResolveAsync(document.Parties, store, problems, cancellationToken);
        var roles = await SeedRights.RolesAsync(document.Roles, parties, problems, cancellationToken);
        var packages = await SeedRights.AccessPackagesAsync(document.AccessPackages, parties, problems, cancellationToken);
        var resources = await SeedResources.ReadAsync(document.Resources, Path.GetDirectoryName(fullPath)!, problems, cancellationToken);
        return problems.Count > 0
            ? SeedResult.Invalid(problems)
            : SeedResult.Valid(new AuthorizationData { Parties = parties.Parties, Roles = roles, AccessPackages = packages, Resources = resources, ReplacesRights = true });
    }
}
