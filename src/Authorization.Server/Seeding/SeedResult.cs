using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.Authorization;

/// <summary>What came of a seed file: the data it holds, or every problem found in it.</summary>
public sealed class SeedResult
{
    private SeedResult(AuthorizationData? data, IReadOnlyList<SeedProblem> problems)
    {
        Data = data;
        Problems = problems;
    }

    /// <summary>The parties, rights and resources of the seed (with generated party ids filled in), when it was valid.</summary>
    public AuthorizationData? Data { get; }

    /// <summary>Every problem found, in file order; empty when the seed was valid.</summary>
    public IReadOnlyList<SeedProblem> Problems { get; }

    /// <summary>Whether the seed was valid (and, from <see cref="SeedLoader.LoadAsync"/>, imported).</summary>
    [MemberNotNullWhen(true, nameof(Data))]
    public bool Succeeded => Data is not null;

    /// <summary>A valid seed.</summary>
    public static SeedResult Valid(AuthorizationData data) => new(data ?? throw new ArgumentNullException(nameof(data)), []);

    /// <summary>A seed with problems; nothing of it was imported.</summary>
    public static SeedResult Invalid(IReadOnlyList<SeedProblem> problems) =>
        problems is { Count: > 0 } ? new(null, problems) : throw new ArgumentException("An invalid seed has at least one problem.", nameof(problems));

    /// <summary>A one-line summary, or every problem on its own line.</summary>
    public override string ToString() => Data is { } data
        ? $"{data.Parties.Count} parties, {data.Roles.Count} roles, {data.AccessPackages.Count} access packages, {data.Resources.Count} resources"
        : string.Join(Environment.NewLine, Problems);
}
