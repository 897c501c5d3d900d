using System.Xml.Linq;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>XACML 3.0 XML requests, which only the embedded PDP decides.</summary>
public sealed class XmlEndpointTests
{
    private static readonly XNamespace Xacml = "urn:oasis:names:tc:xacml:3.0:core:schema:wd-17";

    [Theory]
    [InlineData("read", "application/xml", "Permit")]
    [InlineData("read", "text/xml; charset=utf-8", "Permit")]
    [InlineData("delete", "application/xacml+xml", "NotApplicable")]
    public async Task Authorize_DecidesAnXmlRequest_WithTheEmbeddedPdp(string action, string contentType, string decision)
    {
        await using var host = await LoopbackHost.StartPdpAsync(await EmbeddedDialogSample.CreatePdpAsync());

        var answer = await Wire.PostAsync(host.BaseAddress, Request(action), contentType);

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/xml", answer.MediaType);
        var result = XDocument.Parse(answer.Body).Root!.Element(Xacml + "Result")!;
        Assert.Equal(decision, result.Element(Xacml + "Decision")!.Value);
    }

    [Fact]
    public async Task Authorize_Answers415_ForXml_WhenThePdpIsNotTheEmbeddedOne()
    {
        var pdp = DialogSample.Pdp();
        await using var host = await LoopbackHost.StartPdpAsync(pdp);

        var answer = await Wire.PostAsync(host.BaseAddress, Request("read"), "application/xml");

        Assert.Equal(415, answer.Status);
        Assert.Equal(XacmlProblemTypes.ContentTypeUnsupported, answer.Problem("type"));
        Assert.Equal("XML requests are decided only by the embedded policy decision point; send application/json.", answer.Problem("detail"));
        Assert.Empty(pdp.Requests);
    }

    [Theory]
    [InlineData("", "The body is empty")]
    [InlineData("<Request", "The body is not a XACML XML request: ")]
    [InlineData("<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>", "DTD is prohibited")]
    [InlineData("<Policy xmlns=\"urn:oasis:names:tc:xacml:3.0:core:schema:wd-17\"/>", "The body is not a XACML XML request: ")]
    public async Task Authorize_Answers400Malformed_ForBadXml(string body, string detail)
    {
        await using var host = await LoopbackHost.StartPdpAsync(await EmbeddedDialogSample.CreatePdpAsync());

        var answer = await Wire.PostAsync(host.BaseAddress, body, "application/xml");

        Assert.Equal(400, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal(XacmlProblemTypes.RequestMalformed, answer.Problem("type"));
        Assert.Contains(detail, answer.Problem("detail"), StringComparison.Ordinal);
    }

    private static string Request(string action) => new XDocument(
        new XElement(Xacml + "Request",
            new XAttribute("ReturnPolicyIdList", "false"),
            new XAttribute("CombinedDecision", "false"),
            Category(AltinnXacml.SubjectCategory, (AltinnXacml.PersonIdentifier, EmbeddedDialogSample.PersonIdentifier)),
            Category(AltinnXacml.ActionCategory, (AltinnXacml.ActionId, action)),
            Category(AltinnXacml.ResourceCategory, (AltinnXacml.Resource, EmbeddedDialogSample.ResourceId), (AltinnXacml.OrganizationIdentifier, EmbeddedDialogSample.OrganizationNumber))))
        .ToString();

    private static XElement Category(string category, params (string Id, string Value)[] attributes) =>
        new(Xacml + "Attributes", new XAttribute("Category", category),
            attributes.Select(a => new XElement(Xacml + "Attribute",
                new XAttribute("AttributeId", a.Id),
                new XAttribute("IncludeInResult", "false"),
                new XElement(Xacml + "AttributeValue", new XAttribute("DataType", AltinnXacml.StringDataType), a.Value))));
}
