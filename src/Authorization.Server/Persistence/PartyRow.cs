namespace DialogTokens.Authorization;

/// <summary>A row of <c>authorization_parties</c>.</summary>
internal sealed class PartyRow
{
    public const int NameMaxLength = StoreLimits.PartyNameMaxLength;

    public int PartyId { get; set; }

    public PartyKind Kind { get; set; }

    public string Name { get; set; } = "";

    public string? PersonIdentifier { get; set; }

    public string? OrganizationNumber { get; set; }

    public int? MainUnitPartyId { get; set; }

    public int? UserId { get; set; }

    public static PartyRow From(Party party) => new PartyRow { PartyId = party.PartyId }.CopyFrom(party);

    /// <summary>Copies every column but the key; EF sees which ones changed.</summary>
    public PartyRow CopyFrom(Party party)
    {
        Kind = party.Kind;
        Name = party.Name;
        PersonIdentifier = party.PersonIdentifier;
        OrganizationNumber = party.OrganizationNumber;
        MainUnitPartyId = party.MainUnitPartyId;
        UserId = party.UserId;
        return this;
    }

    public Party ToParty() => new()
    {
        PartyId = PartyId,
        Kind = Kind,
        Name = Name,
        PersonIdentifier = PersonIdentifier,
        OrganizationNumber = OrganizationNumber,
        MainUnitPartyId = MainUnitPartyId,
        UserId = UserId,
    };
}
