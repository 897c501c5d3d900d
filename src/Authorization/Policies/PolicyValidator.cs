using System.Diagnostics.CodeAnalysis;
using System.Xml;
using Altinn.Authorization.ABAC.Utils;
using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization;

/// <summary>
/// Checks a XACML 3.0 policy before it is stored. (Skeleton: parses with Altinn's parser; to be completed with the
/// structural checks: XACML root, every rule has an action, attribute ids in the right category.)
/// </summary>
public static class PolicyValidator
{
    /// <summary>Parses and checks <paramref name="policyXml"/>; every problem is reported with its line.</summary>
    public static bool TryValidate(string policyXml, [NotNullWhen(true)] out XacmlPolicy? policy, out IReadOnlyList<PolicyProblem> problems)
    {
        policy = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(policyXml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            policy = XacmlParser.ParseXacmlPolicy(reader);
            problems = [];
            return true;
        }
        catch (XmlException e)
        {
            problems = [new PolicyProblem(e.LineNumber, e.LinePosition, e.Message)];
            return false;
        }
    }
}
