using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace DialogTokens.Portal.Client.Tokens;

/// <summary>
/// A dialog token read for showing, not for trusting: header and payload decoded, nothing verified (the service
/// provider verifies; the token is the user's own, so nothing here is secret).
/// </summary>
/// <param name="HeaderJson">The header, indented.</param>
/// <param name="PayloadJson">The payload (the claims), indented.</param>
/// <param name="Actions">The <c>a</c> claim's pairs as written: <c>action</c> or <c>action,attribute</c> (reference §1.3).</param>
/// <param name="IssuedAt"><c>iat</c>, by the issuer's clock.</param>
/// <param name="ExpiresAt"><c>exp</c>, by the issuer's clock.</param>
public sealed record DecodedDialogToken(string HeaderJson, string PayloadJson, IReadOnlyList<string> Actions, DateTimeOffset? IssuedAt, DateTimeOffset? ExpiresAt)
{
    /// <summary>A token longer than this is not decoded (the verifier's cap is far below).</summary>
    public const int MaxLength = 16 * 1024;

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    public static bool TryDecode(string? token, [NotNullWhen(true)] out DecodedDialogToken? decoded)
    {
        decoded = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength)
        {
            return false;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || !TryReadJson(parts[0], out var header) || !TryReadJson(parts[1], out var payload))
        {
            return false;
        }

        using (header)
        using (payload)
        {
            if (header.RootElement.ValueKind != JsonValueKind.Object || payload.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var claims = payload.RootElement;
            decoded = new DecodedDialogToken(Indent(header), Indent(payload), ActionsOf(claims), Time(claims, "iat"), Time(claims, "exp"));
            return true;
        }
    }

    private static List<string> ActionsOf(JsonElement claims) =>
        claims.TryGetProperty("a", out var a) && a.ValueKind == JsonValueKind.String && a.GetString() is { Length: > 0 } text
            ? [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries)]
            : [];

    private static DateTimeOffset? Time(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds)
            && seconds is >= 0 and < 253402300800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static bool TryReadJson(string part, [NotNullWhen(true)] out JsonDocument? document)
    {
        document = null;
        var bytes = new byte[Base64Url.GetMaxDecodedLength(part.Length)];
        if (Base64Url.DecodeFromChars(part, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        try
        {
            document = JsonDocument.Parse(bytes.AsMemory(0, written));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Indent(JsonDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
