using System.CommandLine;
using System.Text;

namespace DialogTokens.Cli.Input;

/// <summary>The TOKEN argument: a literal token, or <c>-</c> or nothing for standard input.</summary>
internal static class TokenInput
{
    // Far more than any dialog token (a few hundred characters), little enough to read into memory.
    private const int MaxLength = 1 << 20;

    public static Argument<string> CreateArgument() => new("TOKEN")
    {
        Description = "The token (compact JWS); '-' or nothing reads it from standard input.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>The token, trimmed; a usage error when there is none.</summary>
    public static async Task<string> ReadAsync(string? argument, TextReader stdin, CancellationToken cancellationToken)
    {
        var token = argument is null or "-" ? await ReadAllAsync(stdin, cancellationToken) : argument;
        token = token.Trim();
        if (token.Length == 0)
        {
            throw new UsageException(
                argument is null or "-"
                    ? "no token: pass it as the TOKEN argument, or pipe it on standard input (e.g. dialogtoken issue ... | dialogtoken verify --jwks jwks.json)."
                    : "the TOKEN argument is empty; pass the token, or '-' to read it from standard input.");
        }

        return token;
    }

    private static async Task<string> ReadAllAsync(TextReader stdin, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var chunk = new char[4096];
        int read;
        while ((read = await stdin.ReadAsync(chunk, cancellationToken)) > 0)
        {
            text.Append(chunk, 0, read);
            if (text.Length > MaxLength)
            {
                throw new UsageException($"standard input holds more than {MaxLength} characters; a dialog token is a few hundred. Pipe only the token.");
            }
        }

        return text.ToString();
    }
}
