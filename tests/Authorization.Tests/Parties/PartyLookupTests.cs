namespace DialogTokens.Authorization.Tests.Parties;

public sealed class PartyLookupTests
{
    public static TheoryData<string> OddInputs =>
    [
        "", ":", "::", "urn:", "urn:x:", "urn:x", ":1337", "urn:altinn:userid:", "urn:altinn:userid",
        "urn:altinn:partyid::", "urn:altinn:task:Task_1", "URN:ALTINN:USERID:1337", "urn:altinn:userid :1337",
        new string(':', 10_000), "urn:altinn:userid:" + new string(':', 10_000), new string('x', 100_000),
    ];

    [Theory]
    [MemberData(nameof(OddInputs))]
    [InlineData(null)]
    public void TryParse_RefusesAnOddInput_WithoutThrowing(string? urn)
    {
        Assert.False(PartyLookup.TryParse(urn, out var lookup));
        Assert.Equal(default, lookup);
    }

    [Theory]
    [InlineData("urn:altinn:userid:1337", AltinnXacml.UserId, "1337")]
    [InlineData("urn:altinn:partyid:50001", AltinnXacml.PartyId, "50001")]
    [InlineData("urn:altinn:person:identifier-no:12858012307", AltinnXacml.PersonIdentifier, "12858012307")]
    [InlineData("urn:altinn:organization:identifier-no:991825827", AltinnXacml.OrganizationIdentifier, "991825827")]
    public void TryParse_ReadsAPartyOrSubjectUrn(string urn, string attributeId, string value)
    {
        Assert.True(PartyLookup.TryParse(urn, out var lookup));
        Assert.Equal(new PartyLookup(attributeId, value), lookup);
        Assert.Equal(urn, lookup.ToString());
    }
}
