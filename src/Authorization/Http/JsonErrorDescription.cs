using System.Text.Json;

namespace DialogTokens.Authorization;

/// <summary>Says in one line what is wrong with a JSON body, without .NET type names or more than a few input characters.</summary>
internal static class JsonErrorDescription
{
    public static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var reason = message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? "a value has the wrong JSON type"
            : message.StartsWith("Duplicate property", StringComparison.Ordinal)
                ? "a property appears twice"
                : Printable.Shorten(FirstPart(message), 120);
        var line = exception.LineNumber is { } l ? $", line {l + 1}" : "";
        var position = exception.BytePositionInLine is { } b ? $", byte {b + 1}" : "";
        return $"{reason.TrimEnd('.')} (at {exception.Path ?? "$"}{line}{position}).";
    }

    private static string FirstPart(string message)
    {
        var path = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return path < 0 ? message : message[..path];
    }
}
