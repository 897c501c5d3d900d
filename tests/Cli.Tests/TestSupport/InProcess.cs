namespace DialogTokens.Cli.Tests;

/// <summary>Runs the real command tree in this process, with captured streams and a fixed clock.</summary>
internal static class InProcess
{
    /// <summary>The clock of in-process runs unless a test gives another.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, stdin: "");

    public static async Task<CliResult> RunAsync(string[] args, string stdin, DateTimeOffset? now = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = new StringReader(stdin);
        var exitCode = await DialogTokenCli.RunAsync(
            args, input, stdout, stderr, new FixedTimeProvider(now ?? Now), TestContext.Current.CancellationToken);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
