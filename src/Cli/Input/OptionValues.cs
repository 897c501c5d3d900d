using System.CommandLine.Parsing;
using System.Globalization;

namespace DialogTokens.Cli.Input;

/// <summary>
/// Parsers for option values. Each reports a bad value as a parse error (exit 2) that says what was wrong and gives
/// an example of what to pass.
/// </summary>
internal static class OptionValues
{
    public const string ExampleDialogId = "0194fe82-9280-77a5-a7cd-5ff0e6a6fa07";
    public const string ExampleIssuer = "https://platform.altinn.no/dialogporten/api/v1";

    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd",
    ];

    public static Guid DialogId(ArgumentResult result)
    {
        var value = Single(result);
        if (Guid.TryParseExact(value, "D", out var id) && id != Guid.Empty)
        {
            return id;
        }

        result.AddError($"{OptionName(result)} '{value}' is not a UUID; pass the dialog id, e.g. {ExampleDialogId}.");
        return default;
    }

    public static string Urn(ArgumentResult result, string example)
    {
        var value = Single(result);
        if (!value.StartsWith("urn:", StringComparison.Ordinal) || value.Length == "urn:".Length)
        {
            result.AddError($"{OptionName(result)} '{value}' is not a URN; pass e.g. {example}.");
        }

        return value;
    }

    public static string HttpUri(ArgumentResult result)
    {
        var value = Single(result);
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            result.AddError($"{OptionName(result)} '{value}' is not an absolute http(s) URL; pass the issuer, e.g. {ExampleIssuer}.");
        }

        return value;
    }

    public static DateTimeOffset Instant(ArgumentResult result)
    {
        var value = Single(result);
        if (DateTimeOffset.TryParseExact(
            value, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return instant;
        }

        result.AddError($"{OptionName(result)} '{value}' is not an ISO 8601 instant; pass e.g. 2025-02-14T09:00:00Z.");
        return default;
    }

    public static int Seconds(ArgumentResult result, int min, int max, int example)
    {
        var value = Single(result);
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= min && seconds <= max)
        {
            return seconds;
        }

        result.AddError($"{OptionName(result)} '{value}' is not a whole number of seconds from {min} to {max}; pass e.g. {example}.");
        return default;
    }

    public static int AuthenticationLevel(ArgumentResult result)
    {
        var value = Single(result);
        if (value is "0" or "3" or "4")
        {
            return value[0] - '0';
        }

        result.AddError($"{OptionName(result)} '{value}' is not an authentication level; pass 0 (idporten-loa-low), 3 (substantial) or 4 (high).");
        return default;
    }

    public static DialogAction[] Actions(ArgumentResult result)
    {
        var actions = new List<DialogAction>(result.Tokens.Count);
        foreach (var token in result.Tokens)
        {
            if (DialogAction.TryParse(token.Value, out var action))
            {
                actions.Add(action);
            }
            else
            {
                result.AddError($"{OptionName(result)} '{token.Value}' is not an action; pass ACTION or ACTION,ATTRIBUTE, e.g. read or delete,urn:altinn:task:Task_1.");
            }
        }

        return [.. actions];
    }

    public static AuthorizedActions AuthorizedActions(ArgumentResult result)
    {
        var value = Single(result);
        if (DialogTokens.AuthorizedActions.TryParse(value, out var actions))
        {
            return actions;
        }

        result.AddError(
            $"{OptionName(result)} '{value}' is not a list of actions; pass ACTION or ACTION,ATTRIBUTE joined by ';', " +
            "e.g. 'read;write;delete,urn:altinn:task:Task_1', or '' for none.");
        return DialogTokens.AuthorizedActions.Empty;
    }

    public static string KeyId(ArgumentResult result)
    {
        var value = Single(result);
        if (!DialogTokenKeyId.IsValid(value))
        {
            result.AddError($"{OptionName(result)} '{value}' is not a key id; pass 1 to {DialogTokenKeyId.MaxLength} printable ASCII characters without spaces, e.g. dt-2025-01.");
        }

        return value;
    }

    private static string Single(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
