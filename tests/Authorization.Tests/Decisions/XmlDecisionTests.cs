using System.Xml;
using Altinn.Authorization.ABAC.Utils;
using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>The XML (XACML 3.0 context request) surface of the embedded decision point.</summary>
public sealed class XmlDecisionTests
{
    private const string ProcessingError = "urn:oasis:names:tc:xacml:1.0:status:processing-error";

    [Fact]
    public async Task XmlRequest_IsDecided_WithoutChangingTheCallersRequest()
    {
        var world = await NordlysWorld.CreateAsync();
        var request = Read(Request(NordlysWorld.Kari.UserId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), resource: true));
        var before = request.Attributes.Sum(c => c.Attributes.Count);

        var response = await world.Pdp.DecideAsync(request, TestContext.Current.CancellationToken);

        var result = Assert.Single(response.Results);
        Assert.Equal(XacmlContextDecision.Permit, result.Decision);
        Assert.Equal(before, request.Attributes.Sum(c => c.Attributes.Count));
    }

    [Fact]
    public async Task XmlRequest_WithoutResourceCategory_IsIndeterminate()
    {
        var world = await NordlysWorld.CreateAsync();

        var response = await world.Pdp.DecideAsync(Read(Request("20000001", resource: false)), TestContext.Current.CancellationToken);

        var result = Assert.Single(response.Results);
        Assert.Equal(XacmlContextDecision.Indeterminate, result.Decision);
        Assert.Equal(ProcessingError, result.Status.StatusCode.Value.OriginalString);
        Assert.Contains("no resource category", result.Status.StatusMessage, StringComparison.Ordinal);
    }

    private static XacmlContextRequest Read(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return XacmlParser.ReadContextRequest(reader);
    }

    private static string Request(string userId, bool resource) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Request ReturnPolicyIdList="false" CombinedDecision="false" xmlns="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17">
          <Attributes Category="urn:oasis:names:tc:xacml:1.0:subject-category:access-subject">
            <Attribute IncludeInResult="false" AttributeId="urn:altinn:userid"><AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">{userId}</AttributeValue></Attribute>
          </Attributes>
          {(resource ? $"""
          <Attributes Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource">
            <Attribute IncludeInResult="false" AttributeId="urn:altinn:resource"><AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">{NordlysPolicies.VatReturnId}</AttributeValue></Attribute>
            <Attribute IncludeInResult="false" AttributeId="urn:altinn:partyid"><AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">{NordlysWorld.MainUnit.PartyId}</AttributeValue></Attribute>
          </Attributes>
          """ : "")}
          <Attributes Category="urn:oasis:names:tc:xacml:3.0:attribute-category:action">
            <Attribute IncludeInResult="false" AttributeId="urn:oasis:names:tc:xacml:1.0:action:action-id"><AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">read</AttributeValue></Attribute>
          </Attributes>
        </Request>
        """;
}
