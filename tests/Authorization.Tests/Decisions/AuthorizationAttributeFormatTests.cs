namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>Dialogporten's attribute format, <c>^(?:urn:altinn:[a-z][a-z0-9_-]*:)?[a-z][a-z0-9_-]*$</c>, case-insensitive, at most 255 characters.</summary>
public sealed class AuthorizationAttributeFormatTests
{
    [Theory]
    [InlineData("sub1", AltinnXacml.Subresource, "sub1")]
    [InlineData("Vedlegg_2-b", AltinnXacml.Subresource, "Vedlegg_2-b")]
    [InlineData("urn:altinn:subresource:sub1", AltinnXacml.Subresource, "sub1")]
    [InlineData("urn:altinn:task:Task_1", AltinnXacml.Task, "Task_1")]
    [InlineData("urn:altinn:resource:other-resource", AltinnXacml.Resource, "other-resource")]
    [InlineData("URN:Altinn:Resource:other-resource", AltinnXacml.Resource, "other-resource")]
    [InlineData("urn:altinn:app:my-app", AltinnXacml.App, "my-app")]
    [InlineData("urn:altinn:org:ttd", AltinnXacml.Org, "ttd")]
    [InlineData("urn:altinn:resource:instance-id", AltinnXacml.Resource, "instance-id")]
    public void TryParse_Accepts_DialogportensFormat(string value, string attributeId, string name)
    {
        Assert.True(AuthorizationAttribute.TryParse(value, out var attribute, out var problem), problem);
        Assert.Equal((attributeId, name), (attribute.AttributeId, attribute.Value));
    }

    [Fact]
    public void TryParse_Accepts_255Characters()
    {
        var longest = "urn:altinn:task:" + new string('t', 255 - 16);

        Assert.True(AuthorizationAttribute.TryParse(longest, out _, out var problem), problem);
        Assert.False(AuthorizationAttribute.TryParse(longest + "t", out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("urn:x:")]
    [InlineData("urn:x")]
    [InlineData("urn:x:y")]
    [InlineData("urn:altinn:task")]
    [InlineData("urn:altinn:task:")]
    [InlineData("urn:altinn::x")]
    [InlineData("urn:altinn:1task:x")]
    [InlineData("urn:altinn:task:1")]
    [InlineData("1sub")]
    [InlineData("_sub")]
    [InlineData("sub 1")]
    [InlineData(" sub")]
    [InlineData("sub;read")]
    [InlineData("sub,read")]
    [InlineData("sub\u0000")]
    [InlineData("sub\r\n")]
    [InlineData("sub\u0085")]
    [InlineData("s\u212Ab")] // KELVIN SIGN: what a case-insensitive [a-z] may match, and we must not
    [InlineData("s\u0131b")] // dotless i
    [InlineData("søknad")]
    [InlineData("urn:altinn:task:Task_1:extra")]
    [InlineData("urn:altinn:person:identifier-no:01017012345")]
    [InlineData("urn:altinn:organization:identifier-no:310000001")]
    [InlineData("urn:altinn:resource:instance-id:x")]
    public void TryParse_Refuses_AnythingElse(string? value)
    {
        Assert.False(AuthorizationAttribute.TryParse(value, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Theory]
    [InlineData("urn:altinn:partyid:abc")]
    [InlineData("urn:altinn:PartyId:abc")]
    [InlineData("urn:altinn:userid:abc")]
    [InlineData("urn:altinn:organizationnumber:abc")]
    [InlineData("urn:altinn:rolecode:DAGL")]
    [InlineData("urn:altinn:accesspackage:skatt-naering")]
    [InlineData("urn:altinn:minimum-authenticationlevel:x")]
    public void TryParse_Refuses_PartyAndSubjectTypes(string value)
    {
        Assert.False(AuthorizationAttribute.TryParse(value, out _, out var problem));
        Assert.Contains("party or a subject", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencedResource_IsTheResourceAResourceAttributeNames()
    {
        Assert.True(AuthorizationAttribute.TryParse("urn:altinn:resource:other", out var resource, out _));
        Assert.True(AuthorizationAttribute.TryParse("urn:altinn:task:other", out var task, out _));

        Assert.Equal(("other", true), (resource.ReferencedResource, resource.ReplacesResource));
        Assert.Equal((null, false), (task.ReferencedResource, task.ReplacesResource));
    }
}
