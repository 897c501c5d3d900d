namespace DialogTokens.Authorization;

/// <summary>One thing wrong with a seed file, at its JSON path (<c>$.persons[2].personIdentifier</c>; <c>$</c> for the whole file).</summary>
public sealed record SeedProblem(string Path, string Message)
{
    /// <summary><c>path: message</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
