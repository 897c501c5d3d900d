using Altinn.Authorization.ABAC;
using Altinn.Authorization.ABAC.Utils;
using Altinn.Authorization.ABAC.Xacml;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization.Tests.Policies;

/// <summary>What the validator accepts, Altinn's engine evaluates: no match function or algorithm it lets through throws.</summary>
public sealed class EngineContractTests
{
    public static TheoryData<string, string> MatchFunctions => new()
    {
        { "urn:oasis:names:tc:xacml:1.0:function:string-equal", "DAGL" },
        { "urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case", "DAGL" },
        { "urn:oasis:names:tc:xacml:1.0:function:anyURI-equal", "urn:example:dagl" },
        { "urn:oasis:names:tc:xacml:1.0:function:integer-equal", "42" },
        { "urn:oasis:names:tc:xacml:1.0:function:string-is-in", "DAGL" },
        { "urn:oasis:names:tc:xacml:1.0:function:date-equal", "2026-01-31" },
        { "urn:oasis:names:tc:xacml:1.0:function:time-equal", "12:30:00" },
        { "urn:oasis:names:tc:xacml:1.0:function:dateTime-equal", "2026-01-31T12:30:00" },
    };

    [Fact]
    public void MatchFunctions_AreExactlyTheOnesTested() =>
        Assert.Equal(MatchFunctions.Select(row => row.Data.Item1).Order(StringComparer.Ordinal), XacmlPolicyNames.MatchFunctions.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(MatchFunctions))]
    public void AcceptedMatchFunction_IsEvaluatedByTheEngine(string function, string value)
    {
        var xml = TestPolicy.Write("ttd-engine", 2, Grant.Roles([value], "read") with { SubjectMatch = function });

        Assert.True(PolicyValidator.TryValidate(xml, out var policy, out var problems), string.Join("\n", problems));
        Assert.Equal(XacmlContextDecision.Permit, Decide(policy, value));
    }

    [Theory]
    [InlineData("urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides")]
    [InlineData("urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:ordered-deny-overrides")]
    [InlineData("urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-overrides")]
    [InlineData("urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:ordered-permit-overrides")]
    [InlineData("urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-unless-permit")]
    [InlineData("urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-unless-deny")]
    [InlineData("urn:oasis:names:tc:xacml:1.0:rule-combining-algorithm:first-applicable")]
    public void AcceptedCombiningAlgorithm_IsImplementedByTheEngine(string algorithm)
    {
        var xml = TestPolicy.ForRole("ttd-engine", "DAGL", "read")
            .Replace("urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides", algorithm, StringComparison.Ordinal);

        Assert.True(PolicyValidator.TryValidate(xml, out var policy, out var problems), string.Join("\n", problems));
        Assert.Contains(algorithm, XacmlPolicyNames.CombiningAlgorithms);
        Assert.Equal(XacmlContextDecision.Permit, Decide(policy, "DAGL"));
    }

    private static XacmlContextDecision Decide(XacmlPolicy policy, string roleValue)
    {
        var request = XacmlJsonXmlConverter.ConvertRequest(new XacmlJsonRequest
        {
            AccessSubject = [new() { Attribute = [new() { AttributeId = AltinnXacml.RoleCode, Value = roleValue }] }],
            Action = [new() { Attribute = [new() { AttributeId = AltinnXacml.ActionId, Value = "read" }] }],
            Resource = [new() { Attribute = [new() { AttributeId = AltinnXacml.Resource, Value = "ttd-engine" }] }],
        });
        return new PolicyDecisionPoint().Authorize(request, policy).Results.Single().Decision;
    }
}
