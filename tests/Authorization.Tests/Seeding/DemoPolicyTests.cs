using System.Xml;
using Altinn.Authorization.ABAC;
using Altinn.Authorization.ABAC.Utils;
using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization.Tests.Seeding;

/// <summary>The demo seed's policies decide as their descriptions say, in Altinn's own engine.</summary>
public sealed class DemoPolicyTests
{
    [Theory]
    [InlineData("demo-mva-melding", "urn:altinn:rolecode", "DAGL", "sign", true)]
    [InlineData("demo-mva-melding", "urn:altinn:rolecode", "REGNA", "write", true)]
    [InlineData("demo-mva-melding", "urn:altinn:rolecode", "REGNA", "sign", false)]
    [InlineData("demo-mva-melding", "urn:altinn:accesspackage", "regnskapsforer-med-signeringsrettighet", "sign", true)]
    [InlineData("demo-mva-melding", "urn:altinn:rolecode", "DAGL", "delete", true)]
    [InlineData("demo-mva-melding", "urn:altinn:rolecode", "REGNA", "delete", false)]
    [InlineData("demo-mva-melding", "urn:altinn:accesspackage", "regnskapsforer-med-signeringsrettighet", "delete", false)]
    [InlineData("demo-mva-melding", "urn:altinn:rolecode", "LEDE", "read", false)]
    [InlineData("demo-byggesoknad", "urn:altinn:rolecode", "DAGL", "sign", true)]
    [InlineData("demo-byggesoknad", "urn:altinn:rolecode", "REGNA", "read", true)]
    [InlineData("demo-byggesoknad", "urn:altinn:rolecode", "REGNA", "write", false)]
    [InlineData("demo-byggesoknad", "urn:altinn:org", "ttd", "read", true)]
    [InlineData("demo-byggesoknad", "urn:altinn:accesspackage", "regnskapsforer-med-signeringsrettighet", "read", false)]
    public void DemoPolicy_Decides(string resource, string subjectAttribute, string subjectValue, string action, bool permit)
    {
        var result = Decide(resource, subjectAttribute, subjectValue, action);

        Assert.Equal(permit ? XacmlContextDecision.Permit : XacmlContextDecision.NotApplicable, result.Decision);
    }

    [Theory]
    [InlineData("demo-mva-melding", 3)]
    [InlineData("demo-byggesoknad", null)]
    public void DemoPolicy_PermitsCarryTheMinimumAuthenticationLevel_OfTheirPolicy(string resource, int? level)
    {
        var result = Decide(resource, "urn:altinn:rolecode", "DAGL", "read");

        var levels = result.Obligations.SelectMany(o => o.AttributeAssignment).Where(a => a.Category.OriginalString == AltinnXacml.MinimumAuthenticationLevel).Select(a => int.Parse(a.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(level is { } l ? [l] : [], levels);
    }

    [Fact]
    public void DemoPolicies_AreDenyOverrides_AndPassThePolicyValidator()
    {
        foreach (var file in new[] { "demo-mva-melding.xml", "demo-byggesoknad.xml" })
        {
            Assert.True(PolicyValidator.TryValidate(DemoSeed.Policy(file), out var policy, out var problems), string.Join("; ", problems));
            Assert.Equal("urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides", policy.RuleCombiningAlgId.OriginalString);
        }
    }

    private static XacmlContextResult Decide(string resource, string subjectAttribute, string subjectValue, string action)
    {
        using var policyReader = XmlReader.Create(new StringReader(DemoSeed.Policy(resource + ".xml")));
        var policy = XacmlParser.ParseXacmlPolicy(policyReader);
        using var requestReader = XmlReader.Create(new StringReader($"""
            <Request xmlns="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" ReturnPolicyIdList="false" CombinedDecision="false">
              {Category(AltinnXacml.SubjectCategory, subjectAttribute, subjectValue)}
              {Category(AltinnXacml.ResourceCategory, AltinnXacml.Resource, resource)}
              {Category(AltinnXacml.ActionCategory, AltinnXacml.ActionId, action)}
            </Request>
            """));
        return Assert.Single(new PolicyDecisionPoint().Authorize(XacmlParser.ReadContextRequest(requestReader), policy).Results);
    }

    private static string Category(string category, string attributeId, string value) => $"""
        <Attributes Category="{category}">
          <Attribute AttributeId="{attributeId}" IncludeInResult="false"><AttributeValue DataType="{AltinnXacml.StringDataType}">{value}</AttributeValue></Attribute>
        </Attributes>
        """;
}
