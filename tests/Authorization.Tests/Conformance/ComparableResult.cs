using System.Xml.Linq;
using Altinn.Authorization.ABAC.Xacml;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization.Tests.Conformance;

/// <summary>
/// What the conformance tests compare of a result: decision, status code and obligations (each assignment's attribute
/// id, category, data type and value). Not the raw text: casing and layout differ between Altinn's files. Not the
/// obligation ids either: Altinn's JSON response files name ids that their policies do not (Altinn's own assertions
/// compare only the assignments).
/// </summary>
internal sealed record ComparableResult(string Decision, string StatusCode, string Obligations)
{
    /// <summary>Altinn's answer to a request it refuses as a whole: a single Indeterminate result with an error status.</summary>
    public bool IsWholeRequestRefusal =>
        Decision == "Indeterminate" && StatusCode is "urn:oasis:names:tc:xacml:1.0:status:processing-error" or "urn:oasis:names:tc:xacml:1.0:status:syntax-error";

    public override string ToString() => $"{Decision} ({StatusCode}) [{Obligations}]";

    public static ComparableResult From(XacmlJsonResult result) => new(
        Normalize(result.Decision),
        result.Status?.StatusCode?.Value ?? "",
        Join((result.Obligations ?? []).Select(o => Join((o.AttributeAssignment ?? []).Select(a => $"{a.AttributeId}|{a.Category}|{a.DataType}|{a.Value}"), ","))));

    public static ComparableResult From(XacmlContextResult result) => new(
        result.Decision.ToString(),
        result.Status?.StatusCode?.Value?.OriginalString ?? "",
        Join(result.Obligations.Select(o => Join(o.AttributeAssignment.Select(a =>
            $"{a.AttributeId.OriginalString}|{a.Category?.OriginalString}|{a.DataType?.OriginalString}|{a.Value}"), ","))));

    /// <summary>Reads an XML response (namespace and prefixes ignored).</summary>
    public static List<ComparableResult> FromXml(XDocument response) =>
        [.. response.Descendants().Where(e => e.Name.LocalName == "Result").Select(result => new ComparableResult(
            Normalize(Child(result, "Decision")?.Value.Trim()),
            (string?)result.Descendants().FirstOrDefault(e => e.Name.LocalName == "StatusCode")?.Attribute("Value") ?? "",
            Join(result.Descendants().Where(e => e.Name.LocalName == "Obligation").Select(o => Join(o.Elements().Where(e => e.Name.LocalName == "AttributeAssignment")
                .Select(a => $"{(string?)a.Attribute("AttributeId")}|{(string?)a.Attribute("Category")}|{(string?)a.Attribute("DataType")}|{a.Value.Trim()}"), ",")))))];

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string Normalize(string? decision) =>
        new[] { "Permit", "Deny", "NotApplicable", "Indeterminate" }.FirstOrDefault(d => string.Equals(d, decision, StringComparison.OrdinalIgnoreCase)) ?? decision ?? "";

    private static string Join(IEnumerable<string> items, string separator = "; ") => string.Join(separator, items.Order(StringComparer.Ordinal));
}
