using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>
/// No authorization attribute can change the party a pair is decided for (DESIGN.md §3, reference/dialogporten.md
/// §8.1): Kari is general manager of Nordlys Bakeri AS, but nothing on a dialog of Per's may let her rights for the
/// bakery decide it.
/// </summary>
public sealed class PartyReplacingAttributeTests
{
    private const string Vat = NordlysPolicies.VatReturnId;

    public static TheoryData<string> PartyAttributes =>
    [
        $"{AltinnXacml.OrganizationIdentifier}:{NordlysWorld.MainUnit.OrganizationNumber}",
        $"{AltinnXacml.PartyId}:{NordlysWorld.MainUnit.PartyId}",
        $"{AltinnXacml.PartyId}:abc",
        $"{AltinnXacml.PersonIdentifier}:{NordlysWorld.Kari.PersonIdentifier}",
        "urn:altinn:organizationnumber:310000001",
        "urn:altinn:userid:abc",
        "URN:ALTINN:PARTYID:abc",
    ];

    [Theory]
    [MemberData(nameof(PartyAttributes))]
    public async Task PartyAttribute_DoesNotDecideThePairForAnotherParty(string attribute)
    {
        var world = await NordlysWorld.CreateAsync();

        var result = await world.AuthorizeAsync(NordlysWorld.Kari, NordlysWorld.Per, Vat, 3, "read", $"read,{attribute}", $"write,{attribute}");

        Assert.True(result.IsDecided, result.Problem);
        Assert.Empty(result.Authorized);
    }

    [Theory]
    [MemberData(nameof(PartyAttributes))]
    public async Task Request_CarriesTheDialogsPartyOnly_WhateverTheAttribute(string attribute)
    {
        var request = await RecordAsync(new DialogAction("read"), new DialogAction("read", attribute), new DialogAction("read", "sub1"));

        Assert.All(request.Resource, resource =>
        {
            var party = Assert.Single(resource.Attribute, a => PartyLike.Contains(a.AttributeId));
            Assert.Equal((AltinnXacml.PersonIdentifier, NordlysWorld.Per.PersonIdentifier), (party.AttributeId, party.Value));
        });
    }

    [Fact]
    public async Task Request_ReplacesTheResourceButNeverTheParty_ForAResourceAttribute()
    {
        var request = await RecordAsync(new DialogAction("read", "urn:altinn:resource:other-service"));

        var attributes = Assert.Single(request.Resource).Attribute.ToDictionary(a => a.AttributeId, a => a.Value);
        Assert.Equal("other-service", attributes[AltinnXacml.Resource]);
        Assert.Equal(NordlysWorld.Per.PersonIdentifier, attributes[AltinnXacml.PersonIdentifier]);

        // As Dialogporten: the dialog's instance belongs to the dialog's resource, not to the one the attribute names.
        Assert.False(attributes.ContainsKey(AltinnXacml.InstanceId));
    }

    /// <summary>Every attribute id that names a party or a subject, in any letter case.</summary>
    private static readonly HashSet<string> PartyLike = new(StringComparer.OrdinalIgnoreCase)
    {
        AltinnXacml.PartyId, AltinnXacml.PersonIdentifier, AltinnXacml.OrganizationIdentifier, AltinnXacml.UserId,
        AltinnXacml.SystemUserUuid, "urn:altinn:organizationnumber", "urn:altinn:person", "urn:altinn:organization",
    };

    private static async Task<XacmlJsonRequest> RecordAsync(params DialogAction[] actions)
    {
        var pdp = new RecordingDecisionPoint();
        await new XacmlDialogAuthorizer(pdp).AuthorizeAsync(Request(actions), TestContext.Current.CancellationToken);
        return Assert.Single(pdp.Requests).Request;
    }

    private static DialogAuthorizationRequest Request(params DialogAction[] actions) => new()
    {
        Subject = NordlysWorld.Kari.Urn!,
        AuthenticationLevel = 3,
        Party = NordlysWorld.Per.Urn!,
        ServiceResource = ServiceResource.UrnPrefix + Vat,
        InstanceId = "urn:altinn:dialog-id:019a0c4e-5a1b-7c2d-8e3f-4a5b6c7d8e9f",
        Actions = actions,
    };
}

/// <summary>A decision point that keeps every request and answers Deny to each reference.</summary>
internal sealed class RecordingDecisionPoint(Func<int, XacmlJsonResult>? answer = null) : IXacmlPolicyDecisionPoint
{
    public List<XacmlJsonRequestRoot> Requests { get; } = [];

    public Task<XacmlDecisionOutcome> DecideAsync(XacmlJsonRequestRoot request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        var count = request.Request.MultiRequests?.RequestReference?.Count ?? 1;
        var results = Enumerable.Range(0, count).Select(i => answer?.Invoke(i) ?? new XacmlJsonResult { Decision = "Deny" }).ToList();
        return Task.FromResult(XacmlDecisionOutcome.Decided(new XacmlJsonResponse { Response = results }));
    }
}
