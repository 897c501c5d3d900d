namespace DialogTokens.Authorization;

/// <summary>One thing wrong with a policy, with where it is (1-based line and column; 0 when unknown).</summary>
public sealed record PolicyProblem(int Line, int Column, string Message)
{
    /// <summary><c>line L, column C: message</c>.</summary>
    public override string ToString() => Line > 0 ? $"line {Line}, column {Column}: {Message}" : Message;
}
