using System.Xml.Linq;

namespace DialogTokens.Authorization;

/// <summary>The XACML 3.0 element names, categories, functions and algorithms that policy validation knows.</summary>
internal static class XacmlPolicyNames
{
    public static readonly XNamespace Xacml = "urn:oasis:names:tc:xacml:3.0:core:schema:wd-17";
    public static readonly XName Policy = Xacml + "Policy";
    public static readonly XName Target = Xacml + "Target";
    public static readonly XName Rule = Xacml + "Rule";
    public static readonly XName Match = Xacml + "Match";
    public static readonly XName AttributeValue = Xacml + "AttributeValue";
    public static readonly XName AttributeDesignator = Xacml + "AttributeDesignator";
    public static readonly XName AttributeAssignmentExpression = Xacml + "AttributeAssignmentExpression";

    public const string EnvironmentCategory = "urn:oasis:names:tc:xacml:3.0:attribute-category:environment";
    private const string SubjectCategoryPrefix = "urn:oasis:names:tc:xacml:1.0:subject-category:";

    /// <summary>Categories that Altinn's engine compares when it matches a rule's target against a request.</summary>
    public static readonly IReadOnlySet<string> TargetCategories = new HashSet<string>(StringComparer.Ordinal)
    {
        AltinnXacml.SubjectCategory, AltinnXacml.ResourceCategory, AltinnXacml.ActionCategory,
    };

    /// <summary>Every category XACML 3.0 defines (section 10.2.6 and B.2).</summary>
    public static bool IsStandardCategory(string category) =>
        TargetCategories.Contains(category) || category == EnvironmentCategory ||
        (category.StartsWith(SubjectCategoryPrefix, StringComparison.Ordinal) &&
         category[SubjectCategoryPrefix.Length..] is "access-subject" or "recipient-subject" or "intermediary-subject" or "codebase" or "requesting-machine");

    /// <summary>
    /// Match functions that Altinn's engine evaluates. Others throw when a request reaches them; string-regexp-match is
    /// left out on purpose because the engine runs the policy's pattern without a timeout.
    /// </summary>
    public static readonly IReadOnlySet<string> MatchFunctions = new HashSet<string>(StringComparer.Ordinal)
    {
        "urn:oasis:names:tc:xacml:1.0:function:string-equal",
        "urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case",
        "urn:oasis:names:tc:xacml:1.0:function:anyURI-equal",
        "urn:oasis:names:tc:xacml:1.0:function:integer-equal",
        "urn:oasis:names:tc:xacml:1.0:function:string-is-in",
        "urn:oasis:names:tc:xacml:1.0:function:date-equal",
        "urn:oasis:names:tc:xacml:1.0:function:time-equal",
        "urn:oasis:names:tc:xacml:1.0:function:dateTime-equal",
    };

    /// <summary>Combining algorithms the engine implements (XACML 3.0 appendix C); anything else makes every decision Indeterminate.</summary>
    public static readonly IReadOnlySet<string> CombiningAlgorithms = new HashSet<string>(StringComparer.Ordinal)
    {
        "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides",
        "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:ordered-deny-overrides",
        "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-overrides",
        "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:ordered-permit-overrides",
        "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-unless-permit",
        "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-unless-deny",
        "urn:oasis:names:tc:xacml:1.0:rule-combining-algorithm:first-applicable",
    };
}
