using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization;

/// <summary>Reading and extending the attribute categories of a XACML context request.</summary>
internal static class ContextRequests
{
    private static readonly Uri StringType = new(AltinnXacml.StringDataType);

    /// <summary>The categories of <paramref name="request"/> with this category id, in request order.</summary>
    public static IEnumerable<XacmlContextAttributes> Categories(this XacmlContextRequest request, string category) =>
        request.Attributes.Where(a => a.Category.OriginalString == category);

    /// <summary>Every value of <paramref name="attributeId"/> in the categories <paramref name="category"/>.</summary>
    public static IEnumerable<string> Values(this XacmlContextRequest request, string category, string attributeId) =>
        request.Categories(category).SelectMany(c => c.Attributes)
            .Where(a => a.AttributeId.OriginalString == attributeId)
            .SelectMany(a => a.AttributeValues).Select(v => v.Value);

    /// <summary>The first value of <paramref name="attributeId"/>, or null.</summary>
    public static string? Value(this XacmlContextRequest request, string category, string attributeId) =>
        request.Values(category, attributeId).FirstOrDefault();

    /// <summary>Adds a string attribute with <paramref name="values"/> to the first category <paramref name="category"/>.</summary>
    public static void Add(this XacmlContextRequest request, string category, string attributeId, IEnumerable<string> values)
    {
        var attribute = new XacmlAttribute(new Uri(attributeId), false);
        foreach (var value in values)
        {
            attribute.AttributeValues.Add(new XacmlAttributeValue(StringType, value));
        }

        if (attribute.AttributeValues.Count > 0)
        {
            request.Categories(category).First().Attributes.Add(attribute);
        }
    }

    /// <summary>
    /// A copy whose category lists can be extended without touching <paramref name="request"/>; the attributes
    /// themselves are shared, and are never modified.
    /// </summary>
    public static XacmlContextRequest Copy(this XacmlContextRequest request) =>
        new(request.ReturnPolicyIdList, request.CombinedDecision, request.Attributes.Select(c =>
            new XacmlContextAttributes(c.Category, c.Attributes.ToList()) { Id = c.Id, Content = c.Content }));
}
