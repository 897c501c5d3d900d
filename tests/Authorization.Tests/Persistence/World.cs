namespace DialogTokens.Authorization.Tests.Persistence;

/// <summary>A small world for the store tests: two persons, an organization with a sub-unit, rights and a resource.</summary>
internal static class World
{
    public static readonly Party Kari = new() { PartyId = 1001, Kind = PartyKind.Person, Name = "Kari Nordmann", PersonIdentifier = "12858012307", UserId = 501 };
    public static readonly Party Ola = new() { PartyId = 1002, Kind = PartyKind.Person, Name = "Ola Nordmann", PersonIdentifier = "07837523588" };
    public static readonly Party Bygg = new() { PartyId = 2001, Kind = PartyKind.Organization, Name = "Fjelltopp Bygg AS", OrganizationNumber = "310100013" };
    public static readonly Party Bergen = new() { PartyId = 2002, Kind = PartyKind.Organization, Name = "Fjelltopp Bygg AS avd. Bergen", OrganizationNumber = "310100021", MainUnitPartyId = 2001 };
    public static readonly Party Regnskap = new() { PartyId = 2003, Kind = PartyKind.Organization, Name = "Kystlys Regnskap AS", OrganizationNumber = "310100048" };

    public static readonly ServiceResource Resource = new("demo-service", "991825827", "ttd", "Demo service", "<xacml:Policy/>");

    public static AuthorizationData Data => new()
    {
        Parties = [Kari, Ola, Bygg, Bergen, Regnskap],
        Roles = [new(Kari.PartyId, Bygg.PartyId, "DAGL"), new(Kari.PartyId, Bygg.PartyId, "REGNA"), new(Ola.PartyId, Bygg.PartyId, "REGNA")],
        AccessPackages = [new(Ola.PartyId, Regnskap.PartyId, "regnskapsforer-lonn"), new(Kari.PartyId, Regnskap.PartyId, "post-og-arkiv")],
        Resources = [Resource],
    };
}
