using System.Text.Json;

namespace DialogTokens.Portal.Client.Api;

/// <summary>An RFC 9457 problem as read from an answer; every member is optional, as a server may send any of them.</summary>
/// <param name="Type">The problem type URI.</param>
/// <param name="Title">The problem type's short summary.</param>
/// <param name="Status">The HTTP status the server put in the body.</param>
/// <param name="Detail">What happened this time.</param>
/// <param name="Code">The dialog token scheme's error code (<c>token_expired</c>, <c>action_not_granted</c>, …), if any.</param>
public sealed record Problem(string? Type, string? Title, int? Status, string? Detail, string? Code)
{
    /// <summary>The most a problem body is read to; a larger one is not a problem worth showing.</summary>
    public const int MaxBodyLength = 16 * 1024;

    /// <summary>Reads a problem from <paramref name="body"/>, or null when it is not one (not JSON, not an object).</summary>
    public static Problem? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > MaxBodyLength)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new Problem(Text(root, "type"), Text(root, "title"), Number(root, "status"), Text(root, "detail"), Text(root, "code"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}
