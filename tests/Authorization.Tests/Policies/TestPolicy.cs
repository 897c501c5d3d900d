using System.Text;

namespace DialogTokens.Authorization.Tests.Policies;

/// <summary>
/// Writes small policies as Altinn's resource registry does: XACML 3.0, deny-overrides, one Permit rule per grant (subject
/// matches, the resource, the actions), and a minimum-authentication-level obligation. Line numbers are predictable:
/// see <see cref="Lines"/>.
/// </summary>
internal static class TestPolicy
{
    public const string Header = """<?xml version="1.0" encoding="utf-8"?>""";

    /// <summary>A policy for <paramref name="resourceId"/> whose rule lets <paramref name="roleCode"/> do <paramref name="actions"/>.</summary>
    public static string ForRole(string resourceId, string roleCode, params string[] actions) =>
        Write(resourceId, 2, new Grant([(AltinnXacml.RoleCode, roleCode)], actions));

    /// <summary>The whole policy: one rule per grant.</summary>
    public static string Write(string resourceId, int minimumAuthenticationLevel, params Grant[] grants)
    {
        var xml = new StringBuilder();
        xml.AppendLine(Header);
        xml.AppendLine($"""<xacml:Policy xmlns:xsl="http://www.w3.org/2001/XMLSchema-instance" xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" PolicyId="urn:altinn:resource:{resourceId}:policyid:1" Version="1.0" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides">""");
        xml.AppendLine("  <xacml:Target/>");
        for (var i = 0; i < grants.Length; i++)
        {
            AppendRule(xml, resourceId, i + 1, grants[i]);
        }

        xml.AppendLine("""  <xacml:ObligationExpressions>""");
        xml.AppendLine("""    <xacml:ObligationExpression FulfillOn="Permit" ObligationId="urn:altinn:obligation:authenticationLevel1">""");
        xml.AppendLine("""      <xacml:AttributeAssignmentExpression AttributeId="urn:altinn:obligation-assignment:1" Category="urn:altinn:minimum-authenticationlevel">""");
        xml.AppendLine($"""        <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#integer">{minimumAuthenticationLevel}</xacml:AttributeValue>""");
        xml.AppendLine("""      </xacml:AttributeAssignmentExpression>""");
        xml.AppendLine("""    </xacml:ObligationExpression>""");
        xml.AppendLine("""  </xacml:ObligationExpressions>""");
        xml.Append("</xacml:Policy>");
        return xml.ToString();
    }

    private static void AppendRule(StringBuilder xml, string resourceId, int number, Grant grant)
    {
        xml.AppendLine($"""  <xacml:Rule RuleId="urn:altinn:resource:{resourceId}:ruleid:{number}" Effect="Permit">""");
        xml.AppendLine("    <xacml:Target>");
        AppendAnyOf(xml, grant.Subjects.Select(s => new[] { Match(s.AttributeId, s.Value, AltinnXacml.SubjectCategory, grant.SubjectMatch) }));
        AppendAnyOf(xml, [[Match(AltinnXacml.Resource, resourceId, AltinnXacml.ResourceCategory), .. grant.Resource.Select(r => Match(r.AttributeId, r.Value, AltinnXacml.ResourceCategory))]]);
        if (grant.Actions.Length > 0)
        {
            AppendAnyOf(xml, grant.Actions.Select(a => new[] { Match(AltinnXacml.ActionId, a, AltinnXacml.ActionCategory) }));
        }

        xml.AppendLine("    </xacml:Target>");
        xml.AppendLine("  </xacml:Rule>");
    }

    private static void AppendAnyOf(StringBuilder xml, IEnumerable<string[]> allOfs)
    {
        xml.AppendLine("      <xacml:AnyOf>");
        foreach (var allOf in allOfs)
        {
            xml.AppendLine("        <xacml:AllOf>");
            foreach (var match in allOf)
            {
                xml.Append(match);
            }

            xml.AppendLine("        </xacml:AllOf>");
        }

        xml.AppendLine("      </xacml:AnyOf>");
    }

    /// <summary>One match, written over three lines: Match, AttributeValue, AttributeDesignator (then the closing tag).</summary>
    public static string Match(string attributeId, string value, string category, string function = "urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case") => $"""
                  <xacml:Match MatchId="{function}">
                    <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">{value}</xacml:AttributeValue>
                    <xacml:AttributeDesignator AttributeId="{attributeId}" Category="{category}" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                  </xacml:Match>

        """;

    /// <summary>The 1-based number of the first line of <paramref name="xml"/> that contains <paramref name="text"/>.</summary>
    public static int LineOf(string xml, string text, int occurrence = 1)
    {
        var lines = xml.Split('\n');
        var found = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal) && ++found == occurrence)
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"'{text}' is not in the policy.", nameof(text));
    }

    /// <summary>Every line of the policy, for tests that edit one.</summary>
    public static string[] Lines(string xml) => xml.Split('\n');
}

/// <summary>One rule: who (subject attribute matches, any of), on what (extra resource matches, all of), may do which actions.</summary>
internal sealed record Grant((string AttributeId, string Value)[] Subjects, string[] Actions)
{
    public (string AttributeId, string Value)[] Resource { get; init; } = [];

    /// <summary>The match function of the subject matches.</summary>
    public string SubjectMatch { get; init; } = "urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case";

    public static Grant Roles(string[] roleCodes, params string[] actions) => new([.. roleCodes.Select(r => (AltinnXacml.RoleCode, r))], actions);

    public static Grant Package(string accessPackage, params string[] actions) => new([(AltinnXacml.AccessPackage, accessPackage)], actions);
}
