using System.Xml;
using System.Xml.Linq;
using static DialogTokens.Authorization.XacmlPolicyNames;

namespace DialogTokens.Authorization;

/// <summary>
/// The structural checks a policy must pass before Altinn's engine may evaluate it: each names what Altinn's parser
/// accepts but the engine would evaluate wrongly (or not at all), and where in the document it is.
/// </summary>
internal static class PolicyStructureRules
{
    /// <summary>Adds a problem to <paramref name="problems"/> for everything wrong with <paramref name="document"/>.</summary>
    public static void Check(XDocument document, List<PolicyProblem> problems)
    {
        var root = document.Root!;
        if (root.Name != Policy)
        {
            problems.Add(At(root, $"the root element is <{root.Name.LocalName}> in namespace '{root.Name.NamespaceName}'; " +
                $"a policy is a XACML 3.0 <Policy> in namespace '{Xacml.NamespaceName}'."));
            return;
        }

        CheckRules(root, problems);
        CheckDesignators(root, problems);
        EngineSupportRules.Check(root, problems);
    }

    private static void CheckRules(XElement policy, List<PolicyProblem> problems)
    {
        var rules = policy.Elements(Rule).ToList();
        if (rules.Count == 0)
        {
            problems.Add(At(policy, "the policy has no <Rule>."));
        }

        // Altinn's engine ignores the policy's own <Target>: a rule with no action in its own target applies to every action.
        foreach (var rule in rules.Where(r => !NamesAnAction(r)))
        {
            problems.Add(At(rule, $"rule '{(string?)rule.Attribute("RuleId")}' has no action: its <Target> needs a match on " +
                $"'{AltinnXacml.ActionId}' in the action category, or it would apply to every action."));
        }
    }

    private static bool NamesAnAction(XElement rule) =>
        rule.Elements(Target).Descendants(AttributeDesignator).Any(d =>
            (string?)d.Attribute("AttributeId") == AltinnXacml.ActionId && (string?)d.Attribute("Category") == AltinnXacml.ActionCategory);

    private static void CheckDesignators(XElement policy, List<PolicyProblem> problems)
    {
        foreach (var designator in policy.Descendants(AttributeDesignator))
        {
            var attributeId = (string?)designator.Attribute("AttributeId");
            var category = (string?)designator.Attribute("Category");
            if (attributeId is null || category is null)
            {
                problems.Add(At(designator, "an <AttributeDesignator> needs both AttributeId and Category."));
                continue;
            }

            var inTarget = designator.Ancestors(Target).Any();
            if (AttributeCategoryRules.Check(attributeId, category, inTarget) is { } problem)
            {
                problems.Add(At(designator, problem));
            }
        }
    }

    internal static PolicyProblem At(XElement element, string message)
    {
        var position = (IXmlLineInfo)element;
        return new PolicyProblem(position.LineNumber, position.LinePosition, message);
    }
}
