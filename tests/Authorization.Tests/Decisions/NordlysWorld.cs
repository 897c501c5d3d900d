namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>
/// A small seeded world: the bakery Nordlys Bakeri AS with a sub-unit in Tromsø; Kari is its general manager (DAGL),
/// Ola its accountant (REGNA), Siri holds the access package skatt-naering for it, and Per holds nothing. Two service
/// resources: the VAT return and the customer dialog (<see cref="NordlysPolicies"/>), registered through the registry.
/// </summary>
internal sealed record NordlysWorld(InMemoryAuthorizationStore Store, EmbeddedPolicyDecisionPoint Pdp, XacmlDialogAuthorizer Authorizer)
{
    public static readonly Party MainUnit = Organization(51000001, "Nordlys Bakeri AS", "310000001");
    public static readonly Party SubUnit = Organization(51000002, "Nordlys Bakeri AS avd. Tromsø", "310000002") with { MainUnitPartyId = 51000001 };
    public static readonly Party Kari = Person(52000001, "Kari Nordmann", "01017012345", 20000001);
    public static readonly Party Ola = Person(52000002, "Ola Nordmann", "02027012345", 20000002);
    public static readonly Party Per = Person(52000003, "Per Hansen", "03037012345", 20000003);
    public static readonly Party Siri = Person(52000004, "Siri Berg", "04047012345", 20000004);

    public static async Task<NordlysWorld> CreateAsync()
    {
        var store = new InMemoryAuthorizationStore();
        await store.ImportAsync(new AuthorizationData
        {
            Parties = [MainUnit, SubUnit, Kari, Ola, Per, Siri],
            Roles = [new(Kari.PartyId, MainUnit.PartyId, "DAGL"), new(Ola.PartyId, MainUnit.PartyId, "REGNA")],
            AccessPackages = [new(Siri.PartyId, MainUnit.PartyId, "urn:altinn:accesspackage:skatt-naering")],
        });

        var registry = new ServiceResourceRegistry(store);
        Assert.Empty(await registry.RegisterAsync(new ServiceResource(NordlysPolicies.VatReturnId, "310000001", "nordlys", "MVA-melding", NordlysPolicies.VatReturn)));
        Assert.Empty(await registry.RegisterAsync(new ServiceResource(NordlysPolicies.CustomerDialogId, "310000001", "nordlys", "Kundedialog", NordlysPolicies.CustomerDialog)));

        var pdp = new EmbeddedPolicyDecisionPoint(store);
        return new NordlysWorld(store, pdp, new XacmlDialogAuthorizer(pdp));
    }

    /// <summary>Asks for <paramref name="actions"/> (<c>action</c> or <c>action,attribute</c>) on a dialog of <paramref name="party"/>.</summary>
    public Task<DialogAuthorizationResult> AuthorizeAsync(Party user, Party party, string resourceId, int authenticationLevel, params string[] actions) =>
        Authorizer.AuthorizeAsync(new DialogAuthorizationRequest
        {
            Subject = user.Urn!,
            AuthenticationLevel = authenticationLevel,
            Party = party.Urn!,
            ServiceResource = ServiceResource.UrnPrefix + resourceId,
            InstanceId = "urn:altinn:dialog-id:019a0c4e-5a1b-7c2d-8e3f-4a5b6c7d8e9f",
            Actions = [.. actions.Select(DialogAction.Parse)],
        }, TestContext.Current.CancellationToken);

    private static Party Organization(int partyId, string name, string organizationNumber) =>
        new() { PartyId = partyId, Kind = PartyKind.Organization, Name = name, OrganizationNumber = organizationNumber };

    private static Party Person(int partyId, string name, string personIdentifier, int userId) =>
        new() { PartyId = partyId, Kind = PartyKind.Person, Name = name, PersonIdentifier = personIdentifier, UserId = userId };
}
