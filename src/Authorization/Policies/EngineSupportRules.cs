using System.Globalization;
using System.Xml.Linq;
using static DialogTokens.Authorization.PolicyStructureRules;
using static DialogTokens.Authorization.XacmlPolicyNames;

namespace DialogTokens.Authorization;

/// <summary>
/// What Altinn's parser accepts but its engine cannot evaluate, or evaluates into nonsense: combining algorithms and
/// match functions it does not implement, and minimum authentication levels that are not levels.
/// </summary>
internal static class EngineSupportRules
{
    public static void Check(XElement policy, List<PolicyProblem> problems)
    {
        CheckCombiningAlgorithm(policy, problems);
        CheckMatchFunctions(policy, problems);
        CheckMinimumAuthenticationLevels(policy, problems);
    }

    private static void CheckCombiningAlgorithm(XElement policy, List<PolicyProblem> problems)
    {
        var algorithm = (string?)policy.Attribute("RuleCombiningAlgId");
        if (algorithm is not null && !CombiningAlgorithms.Contains(algorithm))
        {
            problems.Add(At(policy, $"the rule-combining algorithm '{algorithm}' is not one Altinn's engine implements."));
        }
    }

    private static void CheckMatchFunctions(XElement policy, List<PolicyProblem> problems)
    {
        foreach (var match in policy.Descendants(Match))
        {
            var function = (string?)match.Attribute("MatchId");
            if (function is null || !MatchFunctions.Contains(function))
            {
                problems.Add(At(match, $"the match function '{function}' is not one Altinn's engine can evaluate."));
            }
        }
    }

    private static void CheckMinimumAuthenticationLevels(XElement policy, List<PolicyProblem> problems)
    {
        var assignments = policy.Descendants(AttributeAssignmentExpression)
            .Where(a => (string?)a.Attribute("Category") == AltinnXacml.MinimumAuthenticationLevel);
        foreach (var assignment in assignments)
        {
            var value = assignment.Element(AttributeValue)?.Value.Trim();
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level > 4)
            {
                problems.Add(At(assignment, $"the minimum authentication level must be a whole number from 0 to 4 (was '{value}')."));
            }
        }
    }
}
