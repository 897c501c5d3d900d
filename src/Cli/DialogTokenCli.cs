using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using DialogTokens.Cli.Commands;

namespace DialogTokens.Cli;

/// <summary>
/// The <c>dialogtoken</c> command tree, runnable in-process: exit 0 on success (a valid token), 1 for an invalid or
/// unreadable token, 2 for a usage error. Nothing escapes as a stack trace.
/// </summary>
internal static class DialogTokenCli
{
    public const string Name = "dialogtoken";

    /// <summary>Parses <paramref name="args"/> and runs the command against <paramref name="stdin"/>, <paramref name="stdout"/>
    /// and <paramref name="stderr"/>, with the clock <paramref name="time"/> (the system clock when <c>null</c>).</summary>
    public static async Task<int> RunAsync(
        string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = new CliConsole(stdin, stdout, stderr, time ?? TimeProvider.System);
        try
        {
            var parseResult = CreateRootCommand(console).Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                return ReportParseErrors(parseResult, stderr);
            }

            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("error: cancelled.");
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The one place that turns any failure into a one-line message instead of a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"error: {FirstLine(e.Message)} ({e.GetType().Name}); this is a bug in {Name} if the input was sensible.");
            return ExitCodes.Usage;
        }
    }

    /// <summary>The whole command tree.</summary>
    public static RootCommand CreateRootCommand(CliConsole console) =>
        new("Make Ed25519 keys, and issue, inspect and verify Dialogporten dialog tokens (EdDSA JWTs).")
        {
            new Command("keys", "Make signing keys and publish their public halves.")
            {
                KeysNewCommand.Create(console),
                KeysJwksCommand.Create(console),
            },
            IssueCommand.Create(console),
            InspectCommand.Create(console),
            VerifyCommand.Create(console),
        };

    private static int ReportParseErrors(ParseResult parseResult, TextWriter stderr)
    {
        foreach (var error in parseResult.Errors)
        {
            stderr.WriteLine($"error: {error.Message}");
        }

        stderr.WriteLine($"Run '{CommandPath(parseResult.CommandResult)} --help' for usage.");
        return ExitCodes.Usage;
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult current; result = result.Parent)
        {
            names.Add(current.Parent is null ? Name : current.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    private static string FirstLine(string message)
    {
        var newline = message.AsSpan().IndexOfAny('\r', '\n');
        return newline < 0 ? message : message[..newline];
    }
}
