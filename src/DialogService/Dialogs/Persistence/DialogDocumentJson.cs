using System.Text.Json;
using System.Text.Json.Serialization;

namespace DialogTokens.DialogService.Dialogs.Persistence;

/// <summary>The stored JSON of a <see cref="DialogDocument"/>, source-generated so that reading a dialog costs no reflection.</summary>
internal static class DialogDocumentJson
{
    public static string Write(DialogDocument document) => JsonSerializer.Serialize(document, DialogDocumentJsonContext.Default.DialogDocument);

    public static DialogDocument Read(string json) =>
        JsonSerializer.Deserialize(json, DialogDocumentJsonContext.Default.DialogDocument)
        ?? throw new JsonException("A stored dialog document is null.");
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DialogDocument))]
internal sealed partial class DialogDocumentJsonContext : JsonSerializerContext;
