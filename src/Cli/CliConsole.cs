namespace DialogTokens.Cli;

/// <summary>What a command reads from and writes to, and its clock: the process's own, or a test's.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, TimeProvider Time);
