using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization;

/// <summary>What a JSON-profile category must look like before Altinn's converter may read it (it throws otherwise).</summary>
internal static class JsonCategoryRules
{
    private static readonly HashSet<string> DataTypes = new(StringComparer.Ordinal)
    {
        "string", AltinnXacml.StringDataType, "anyURI", "http://www.w3.org/2001/XMLSchema#anyURI", "http://www.w3.org/2001/XMLSchema#integer",
    };

    /// <summary>
    /// The problem with <paramref name="category"/> as the <paramref name="index"/>th entry of the list
    /// <paramref name="list"/> whose category id is <paramref name="listCategory"/> (null for the generic list), or null.
    /// </summary>
    public static string? Check(XacmlJsonCategory? category, string list, int index, string? listCategory)
    {
        var where = $"{list}[{index}]{(category?.Id is { } id ? $" (Id '{id}')" : "")}";
        if (category is null)
        {
            return $"{where} is null.";
        }

        if (listCategory is null ? !IsAbsoluteUri(category.CategoryId) : !string.IsNullOrEmpty(category.CategoryId) && category.CategoryId != listCategory)
        {
            return listCategory is null
                ? $"{where} needs a CategoryId that is an absolute URI."
                : $"{where} has CategoryId '{category.CategoryId}', but the {list} list holds only '{listCategory}'.";
        }

        if (category.Attribute is not { Count: > 0 } attributes)
        {
            return $"{where} has no attributes.";
        }

        for (var i = 0; i < attributes.Count; i++)
        {
            if (CheckAttribute(attributes[i]) is { } problem)
            {
                return $"{where}.Attribute[{i}] {problem}";
            }
        }

        return null;
    }

    private static string? CheckAttribute(XacmlJsonAttribute? attribute) => attribute switch
    {
        null => "is null.",
        { AttributeId: var id } when !IsAbsoluteUri(id) => $"has AttributeId '{id}', which is not an absolute URI.",
        { Value: null } => $"('{attribute.AttributeId}') has no Value.",
        { DataType: { Length: > 0 } type } when !DataTypes.Contains(type) => $"('{attribute.AttributeId}') has the unsupported DataType '{type}'.",
        _ => null,
    };

    private static bool IsAbsoluteUri(string? value) =>
        !string.IsNullOrWhiteSpace(value) && Uri.TryCreate(value, UriKind.Absolute, out _);
}
