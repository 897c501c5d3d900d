using System.Diagnostics.CodeAnalysis;
using System.Xml;
using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization;

/// <summary>
/// Checks a XACML 3.0 policy before it is stored: well-formed XML without a DTD, a XACML 3.0 <c>&lt;Policy&gt;</c> root,
/// every rule naming an action, Altinn's attribute ids in their own categories, match functions and combining
/// algorithms that Altinn's engine evaluates, minimum authentication levels from 0 to 4, and finally Altinn's own parser.
/// </summary>
public static class PolicyValidator
{
    /// <summary>Parses and checks <paramref name="policyXml"/>; every problem is reported at once, each with its line.</summary>
    /// <param name="policyXml">The policy, as Altinn's resource registry writes it.</param>
    /// <param name="policy">The parsed policy, when it is valid.</param>
    /// <param name="problems">Every problem found, in document order; empty when the policy is valid.</param>
    /// <returns>Whether the policy may be stored.</returns>
    public static bool TryValidate(string policyXml, [NotNullWhen(true)] out XacmlPolicy? policy, out IReadOnlyList<PolicyProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(policyXml);
        policy = null;
        if (policyXml.Length > PolicyXml.MaxCharacters)
        {
            problems = [new PolicyProblem(0, 0, $"the policy has {policyXml.Length} characters; at most {PolicyXml.MaxCharacters} are accepted.")];
            return false;
        }

        if (PolicyXml.TryLoad(policyXml, out var xmlProblem) is not { } document)
        {
            problems = [xmlProblem!];
            return false;
        }

        var found = new List<PolicyProblem>();
        PolicyStructureRules.Check(document, found);
        policy = document.Root!.Name == XacmlPolicyNames.Policy ? TryParse(policyXml, found) : null;
        problems = [.. found.OrderBy(p => p.Line).ThenBy(p => p.Column)];
        if (problems.Count > 0)
        {
            policy = null;
            return false;
        }

        return policy is not null;
    }

    private static XacmlPolicy? TryParse(string policyXml, List<PolicyProblem> problems)
    {
        try
        {
            return PolicyXml.Parse(policyXml);
        }
        catch (XmlException e)
        {
            problems.Add(new PolicyProblem(e.LineNumber, e.LinePosition, $"Altinn's XACML parser refused the policy: {e.Message}"));
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or UriFormatException or NullReferenceException)
        {
            problems.Add(new PolicyProblem(0, 0, $"Altinn's XACML parser refused the policy: {e.Message}"));
            return null;
        }
    }
}
