using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization;

/// <summary>
/// Altinn Authorization's wire format for the XACML JSON profile, with System.Text.Json (source generated): property
/// names as the profile spells them (<c>Request</c>, <c>Decision</c>, <c>Status</c>, <c>StatusCode</c> ...), except
/// obligations and advice, which Altinn writes in lower camel case (<c>id</c>, <c>attributeAssignment</c>,
/// <c>attributeId</c>, <c>value</c>, <c>category</c>, <c>dataType</c>, <c>issuer</c>). Reading ignores case, because
/// Altinn's own answers differ in casing; a property given twice is refused, so no two readers see different requests.
/// </summary>
internal static class XacmlJsonSerialization
{
    public static JsonSerializerOptions Options { get; } = new(XacmlJsonContext.Default.Options)
    {
        TypeInfoResolver = XacmlJsonContext.Default.WithAddedModifier(WriteObligationsInCamelCase),
    };

    public static JsonTypeInfo<XacmlJsonRequestRoot> Request { get; } =
        (JsonTypeInfo<XacmlJsonRequestRoot>)Options.GetTypeInfo(typeof(XacmlJsonRequestRoot));

    public static JsonTypeInfo<XacmlJsonResponse> Response { get; } =
        (JsonTypeInfo<XacmlJsonResponse>)Options.GetTypeInfo(typeof(XacmlJsonResponse));

    private static void WriteObligationsInCamelCase(JsonTypeInfo typeInfo)
    {
        var assignment = typeInfo.Type == typeof(XacmlJsonAttributeAssignment);
        if (!assignment && typeInfo.Type != typeof(XacmlJsonObligationOrAdvice))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            property.Name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (assignment)
            {
                // Altinn writes every member of an assignment, "issuer": null included.
                property.ShouldSerialize = static (_, _) => true;
            }
        }
    }
}

[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(XacmlJsonRequestRoot))]
[JsonSerializable(typeof(XacmlJsonResponse))]
internal sealed partial class XacmlJsonContext : JsonSerializerContext;
