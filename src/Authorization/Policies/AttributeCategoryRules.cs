namespace DialogTokens.Authorization;

/// <summary>
/// Where Altinn's attribute ids belong. An attribute designated in another category never matches what the context
/// handler and the policy enforcement points send, so a rule using it silently grants nothing, or, worse, everything.
/// Attribute ids not listed here (party ids, org codes, organization and person numbers ...) may appear in several
/// categories and are not checked.
/// </summary>
internal static class AttributeCategoryRules
{
    private static readonly Dictionary<string, string> HomeCategory = new(StringComparer.Ordinal)
    {
        [AltinnXacml.RoleCode] = AltinnXacml.SubjectCategory,
        [AltinnXacml.AccessPackage] = AltinnXacml.SubjectCategory,
        [AltinnXacml.UserId] = AltinnXacml.SubjectCategory,
        [AltinnXacml.SystemUserUuid] = AltinnXacml.SubjectCategory,
        [AltinnXacml.Resource] = AltinnXacml.ResourceCategory,
        [AltinnXacml.App] = AltinnXacml.ResourceCategory,
        [AltinnXacml.Task] = AltinnXacml.ResourceCategory,
        [AltinnXacml.InstanceId] = AltinnXacml.ResourceCategory,
        [AltinnXacml.Subresource] = AltinnXacml.ResourceCategory,
        ["urn:altinn:instance-id"] = AltinnXacml.ResourceCategory,
        ["urn:altinn:end-event"] = AltinnXacml.ResourceCategory,
        ["urn:altinn:appresource"] = AltinnXacml.ResourceCategory,
        [AltinnXacml.ActionId] = AltinnXacml.ActionCategory,
    };

    /// <summary>The problem with designating <paramref name="attributeId"/> in <paramref name="category"/>, or null.</summary>
    public static string? Check(string attributeId, string category, bool inTarget)
    {
        if (!XacmlPolicyNames.IsStandardCategory(category))
        {
            return $"attribute '{attributeId}' is designated in the unknown category '{category}'.";
        }

        if (HomeCategory.TryGetValue(attributeId, out var home) && home != category)
        {
            return $"attribute '{attributeId}' belongs to the category '{home}', not '{category}'.";
        }

        // The engine compares a target only in these three categories and skips every other match, so such a match
        // would not narrow the rule at all.
        return inTarget && !XacmlPolicyNames.TargetCategories.Contains(category)
            ? $"attribute '{attributeId}' is matched in the category '{category}', which Altinn's engine ignores in a target."
            : null;
    }
}
