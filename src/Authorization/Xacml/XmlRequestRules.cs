using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization;

/// <summary>What an XML context request needs before it is decided (the JSON path checks the same while splitting).</summary>
internal static class XmlRequestRules
{
    /// <summary>Why <paramref name="request"/> cannot be decided, or null.</summary>
    public static string? Check(XacmlContextRequest request)
    {
        foreach (var (category, name) in new[] { (AltinnXacml.SubjectCategory, "subject"), (AltinnXacml.ActionCategory, "action"), (AltinnXacml.ResourceCategory, "resource") })
        {
            if (!request.Categories(category).Any())
            {
                return $"The request has no {name} category.";
            }
        }

        return request.Values(AltinnXacml.SubjectCategory, AltinnXacml.RoleCode).Any() || request.Values(AltinnXacml.SubjectCategory, AltinnXacml.AccessPackage).Any()
            ? "The subject asserts roles or access packages; the decision point reads them from its own store."
            : null;
    }
}
