namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>The multi-request keeps Dialogporten's shape, so a remote Altinn PDP reads it as Dialogporten's own.</summary>
public sealed class DialogXacmlRequestTests
{
    private static DialogAuthorizationRequest Request(string resource, params DialogAction[] actions) => new()
    {
        Subject = "urn:altinn:person:identifier-no:14886498226",
        AuthenticationLevel = 3,
        Party = "urn:altinn:organization:identifier-no:991825827",
        ServiceResource = resource,
        InstanceId = "urn:altinn:dialog-id:0194fe82-9280-77a5-a7cd-5ff0e6a6fa07",
        Actions = actions,
    };

    [Fact]
    public void Create_WritesOneActionPerName_OneResourcePerAttribute_AndOneReferencePerPair()
    {
        var root = DialogXacmlRequest.Create(Request(
            "urn:altinn:resource:super-simple-service",
            new DialogAction("read"), new DialogAction("write"), new DialogAction("read", "sub1"), new DialogAction("sign", "urn:altinn:task:Task_1"))).Root!;
        var request = root.Request;

        var subject = Assert.Single(request.AccessSubject);
        Assert.Equal("s1", subject.Id);
        Assert.Equal(("urn:altinn:person:identifier-no", "14886498226"), (subject.Attribute[0].AttributeId, subject.Attribute[0].Value));
        Assert.Equal(["read", "write", "sign"], request.Action.Select(a => a.Attribute.Single().Value));
        Assert.Equal(["a1", "a2", "a3"], request.Action.Select(a => a.Id));
        Assert.Equal(3, request.Resource.Count);
        Assert.Equal(
            [["s1", "a1", "r1"], ["s1", "a2", "r1"], ["s1", "a1", "r2"], ["s1", "a3", "r3"]],
            request.MultiRequests.RequestReference.Select(r => r.ReferenceId.ToArray()));

        var main = request.Resource[0].Attribute.ToDictionary(a => a.AttributeId, a => a.Value);
        Assert.Equal("super-simple-service", main["urn:altinn:resource"]);
        Assert.Equal("991825827", main["urn:altinn:organization:identifier-no"]);
        Assert.Equal("urn:altinn:dialog-id:0194fe82-9280-77a5-a7cd-5ff0e6a6fa07", main["urn:altinn:resource:instance-id"]);
        Assert.Equal("sub1", request.Resource[1].Attribute.Single(a => a.AttributeId == "urn:altinn:subresource").Value);
        Assert.Equal("Task_1", request.Resource[2].Attribute.Single(a => a.AttributeId == "urn:altinn:task").Value);
    }

    [Fact]
    public void Create_PointsAtAnotherResourcesPolicy_ForAResourceAttribute()
    {
        var request = DialogXacmlRequest.Create(Request("urn:altinn:resource:main-service", new DialogAction("read", "urn:altinn:resource:other-service"))).Root!.Request;

        var attributes = request.Resource.Single().Attribute;
        Assert.Equal("other-service", attributes.Single(a => a.AttributeId == "urn:altinn:resource").Value);
        Assert.DoesNotContain(attributes, a => a.AttributeId == "urn:altinn:subresource");
    }

    [Fact]
    public void Create_NamesAnAltinnApp_ByOrgAndApp_AsDialogportenDoes()
    {
        var request = DialogXacmlRequest.Create(Request("urn:altinn:resource:app_ttd_my-app_v2", new DialogAction("read"))).Root!.Request;

        var attributes = request.Resource.Single().Attribute.ToDictionary(a => a.AttributeId, a => a.Value);
        Assert.Equal("ttd", attributes["urn:altinn:org"]);
        Assert.Equal("my-app_v2", attributes["urn:altinn:app"]);
        Assert.False(attributes.ContainsKey("urn:altinn:resource"));
    }

    [Fact]
    public void Create_Refuses_AServiceResourceThatIsNotAResourceUrn()
    {
        // A problem, not an exception: a stored dialog must never make the decision throw (issue 11, defect 3).
        var refused = DialogXacmlRequest.Create(Request("super-simple-service", new DialogAction("read")));

        Assert.Null(refused.Root);
        Assert.Contains("urn:altinn:resource:<id>", refused.Problem, StringComparison.Ordinal);
    }
}
