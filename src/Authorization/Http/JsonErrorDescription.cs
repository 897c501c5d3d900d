using System.Text.Json;

namespace DialogTokens.Authorization;

/// <summary>
/// Says in one line what is wrong with a JSON body, without .NET type names or more than a few input characters. Public
/// because the PDP and the dialog service answer malformed bodies with the same words.
/// </summary>
public static class JsonErrorDescription
{
    /// <summary>The reason and where in the body (path, line, byte) <paramref name="exception"/> happened.</summary>
    public static string Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var reason = message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? "a value has the wrong JSON type"
            : message.StartsWith("Duplicate property", StringComparison.Ordinal)
                ? "a property appears twice"
                : UntrustedText.Quote(FirstPart(message), 120);
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
