namespace DialogTokens.Cli.Output;

/// <summary>Untrusted text made safe for a terminal: a token's claims must not be able to send escape sequences.</summary>
internal static class Printable
{
    public static string Text(string? value) =>
        value is null || !value.Any(char.IsControl) ? value ?? "" : string.Concat(value.Select(c => char.IsControl(c) ? '?' : c));
}
