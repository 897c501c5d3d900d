using System.Text.Json;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>The XACML JSON endpoint on the wire: what a good request gets back, and how the PDP's outcomes map to HTTP.</summary>
public sealed class EndpointTests
{
    [Fact]
    public async Task Authorize_AnswersOneResultPerReference_InReferenceOrder_InAltinnsCasing()
    {
        var pdp = DialogSample.Pdp();
        await using var host = await LoopbackHost.StartPdpAsync(pdp);
        var request = await Requests.SampleDialogJsonAsync();

        var answer = await Wire.PostAsync(host.BaseAddress, request);

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/json", answer.MediaType);
        var results = answer.Json.GetProperty("Response").EnumerateArray().ToList();
        Assert.Equal(["Permit", "Permit", "Permit", "Permit", "NotApplicable"], results.Select(r => r.GetProperty("Decision").GetString()));
        Assert.Equal("urn:oasis:names:tc:xacml:1.0:status:ok", results[0].GetProperty("Status").GetProperty("StatusCode").GetProperty("Value").GetString());
        var obligation = results[0].GetProperty("Obligations")[0];
        Assert.Equal("urn:altinn:obligation:authenticationLevel1", obligation.GetProperty("id").GetString());
        var assignment = obligation.GetProperty("attributeAssignment")[0];
        Assert.Equal("urn:altinn:obligation-assignment:1", assignment.GetProperty("attributeId").GetString());
        Assert.Equal("2", assignment.GetProperty("value").GetString());
        Assert.Equal(AltinnXacml.MinimumAuthenticationLevel, assignment.GetProperty("category").GetString());
        Assert.Equal("http://www.w3.org/2001/XMLSchema#integer", assignment.GetProperty("dataType").GetString());
        Assert.Equal(JsonValueKind.Null, assignment.GetProperty("issuer").ValueKind);
        Assert.False(results[1].TryGetProperty("Obligations", out _));
        Assert.Equal("4", results[2].GetProperty("Obligations")[0].GetProperty("attributeAssignment")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Authorize_ReadsAltinnsOwnMultiRequest()
    {
        var pdp = new FakePdp { Permits = { [("read", null)] = null } };
        await using var host = await LoopbackHost.StartPdpAsync(pdp);

        var answer = await Wire.PostAsync(host.BaseAddress, Conformance.ResourceRegistry("AltinnResourceRegistryMulti0012Request.json"));

        Assert.Equal(200, answer.Status);
        Assert.Equal(4, answer.Json.GetProperty("Response").GetArrayLength());
        var seen = Assert.Single(pdp.Requests).Request;
        Assert.Equal(["s2", "a1", "r4"], seen.MultiRequests.RequestReference[3].ReferenceId);
        Assert.Equal("910459880", seen.Resource[3].Attribute[2].Value);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/xacml+json")]
    [InlineData("Application/JSON; charset=UTF-8")]
    public async Task Authorize_AcceptsJsonContentTypes(string contentType)
    {
        await using var host = await LoopbackHost.StartPdpAsync(DialogSample.Pdp());
        var request = await Requests.SampleDialogJsonAsync();

        var answer = await Wire.PostAsync(host.BaseAddress, request, contentType);

        Assert.Equal(200, answer.Status);
    }

    [Fact]
    public async Task Authorize_ReadsPropertyNamesInAnyCase()
    {
        var pdp = new FakePdp { Permits = { [("read", null)] = null } };
        await using var host = await LoopbackHost.StartPdpAsync(pdp);
        const string Camel = """
            {"request":{"accessSubject":[{"id":"s1","attribute":[{"attributeId":"urn:altinn:userid","value":"1337"}]}],
             "action":[{"id":"a1","attribute":[{"attributeId":"urn:oasis:names:tc:xacml:1.0:action:action-id","value":"read"}]}],
             "resource":[{"id":"r1","attribute":[{"attributeId":"urn:altinn:resource","value":"ttd-x"}]}],
             "multiRequests":{"requestReference":[{"referenceId":["s1","a1","r1"]}]}}}
            """;

        var answer = await Wire.PostAsync(host.BaseAddress, Camel);

        Assert.Equal(200, answer.Status);
        Assert.Equal("Permit", answer.Json.GetProperty("Response")[0].GetProperty("Decision").GetString());
    }

    [Fact]
    public async Task Authorize_Answers400RequestInvalid_WhenThePdpRefusesTheRequest()
    {
        var pdp = new FakePdp { Outcome = XacmlDecisionOutcome.BadRequest("The resource 'ttd-nope' is not registered.") };
        await using var host = await LoopbackHost.StartPdpAsync(pdp);

        var answer = await Wire.PostAsync(host.BaseAddress, Requests.Minimal);

        Assert.Equal(400, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal(XacmlProblemTypes.RequestInvalid, answer.Problem("type"));
        Assert.Equal("The resource 'ttd-nope' is not registered.", answer.Problem("detail"));
    }

    [Fact]
    public async Task Authorize_Answers503PdpUnavailable_WhenThePdpGivesNoAnswer()
    {
        var pdp = new FakePdp { Outcome = XacmlDecisionOutcome.NotAvailable("The store did not answer.") };
        await using var host = await LoopbackHost.StartPdpAsync(pdp);

        var answer = await Wire.PostAsync(host.BaseAddress, Requests.Minimal);

        Assert.Equal(503, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal(XacmlProblemTypes.PdpUnavailable, answer.Problem("type"));
        Assert.Equal("Policy decision point unavailable", answer.Problem("title"));
        Assert.Equal("The store did not answer.", answer.Problem("detail"));
        Assert.False(string.IsNullOrEmpty(answer.Problem("traceId")));
    }
}
