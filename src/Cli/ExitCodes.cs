namespace DialogTokens.Cli;

/// <summary>What <c>dialogtoken</c> exits with.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>verify</c>, the token is valid.</summary>
    public const int Success = 0;

    /// <summary>The token is invalid (<c>verify</c>) or cannot be read (<c>inspect</c>).</summary>
    public const int Invalid = 1;

    /// <summary>A usage error: bad or missing options, an unreadable file, an unusable key set, an unreachable URL.</summary>
    public const int Usage = 2;
}
