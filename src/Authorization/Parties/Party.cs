namespace DialogTokens.Authorization;

/// <summary>Whether a party is a person or an organization.</summary>
public enum PartyKind
{
    /// <summary>A person, identified by a national identity number (11 digits).</summary>
    Person,

    /// <summary>An organization, identified by an organization number (9 digits).</summary>
    Organization,
}

/// <summary>
/// Someone who can be acted for, or act: a person or an organization, as in Altinn's register. Sub-units point at
/// their main unit. Persons may carry the Altinn user id by which XACML requests name them.
/// </summary>
public sealed record Party
{
    /// <summary>Altinn's party id (<c>urn:altinn:partyid</c>).</summary>
    public required int PartyId { get; init; }

    /// <summary>Person or organization.</summary>
    public required PartyKind Kind { get; init; }

    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>The 11-digit national identity number, for persons.</summary>
    public string? PersonIdentifier { get; init; }

    /// <summary>The 9-digit organization number, for organizations.</summary>
    public string? OrganizationNumber { get; init; }

    /// <summary>For a sub-unit: the party id of its main unit.</summary>
    public int? MainUnitPartyId { get; init; }

    /// <summary>For a person with an Altinn user: the user id (<c>urn:altinn:userid</c>).</summary>
    public int? UserId { get; init; }

    /// <summary>The party as a URN: <c>urn:altinn:person:identifier-no:…</c> or <c>urn:altinn:organization:identifier-no:…</c>.</summary>
    public string? Urn => Kind == PartyKind.Person
        ? PersonIdentifier is null ? null : $"{AltinnXacml.PersonIdentifier}:{PersonIdentifier}"
        : OrganizationNumber is null ? null : $"{AltinnXacml.OrganizationIdentifier}:{OrganizationNumber}";
}

/// <summary>A role (<c>urn:altinn:rolecode</c>, e.g. DAGL) that a person holds for a party.</summary>
public sealed record RoleAssignment(int HolderPartyId, int ForPartyId, string RoleCode);

/// <summary>An access package (<c>urn:altinn:accesspackage</c>) that a person or organization holds for a party.</summary>
public sealed record AccessPackageAssignment(int HolderPartyId, int ForPartyId, string AccessPackage);
