using System.Diagnostics.CodeAnalysis;
using Microsoft.Net.Http.Headers;

namespace DialogTokens.Authorization;

/// <summary>
/// The content types the endpoint reads: <c>application/json</c> and the XACML JSON profile's
/// <c>application/xacml+json</c>, in UTF-8; and XACML XML (<c>application/xml</c>, <c>text/xml</c>,
/// <c>application/xacml+xml</c>), whose encoding the document itself declares.
/// </summary>
internal static class XacmlMediaType
{
    public const string Json = "application/json";
    public const string XacmlJson = "application/xacml+json";
    public const string Xml = "application/xml";

    private static readonly string[] XmlTypes = [Xml, "text/xml", "application/xacml+xml"];

    /// <summary>Whether <paramref name="contentType"/> is one of the XML types.</summary>
    public static bool IsXml(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && XmlTypes.Any(x => mediaType.MediaType.Equals(x, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="contentType"/> is a JSON type in UTF-8 (or without charset); if not, <paramref name="problem"/> says why.</summary>
    public static bool TryAcceptJson(string? contentType, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(contentType))
        {
            problem = "The request has no Content-Type; send application/json.";
            return false;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !(mediaType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                 || mediaType.MediaType.Equals(XacmlJson, StringComparison.OrdinalIgnoreCase)))
        {
            problem = $"The content type is '{UntrustedText.Quote(contentType)}'; send application/json (or application/xml).";
            return false;
        }

        if (mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"The charset is '{UntrustedText.Quote(mediaType.Charset.Value)}'; JSON is read as UTF-8 only (RFC 8259 §8.1).";
            return false;
        }

        return true;
    }
}
