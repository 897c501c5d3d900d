namespace DialogTokens.Authorization;

/// <summary>A seed file as written, before references are resolved: every entry keeps its JSON path for problems.</summary>
internal sealed record SeedDocument(
    IReadOnlyList<SeedParty> Parties,
    IReadOnlyList<SeedRight> Roles,
    IReadOnlyList<SeedRight> AccessPackages,
    IReadOnlyList<SeedResource> Resources);

/// <summary>
/// A person (<see cref="Identifier"/> = person identifier) or an organization (<see cref="Identifier"/> =
/// organization number, <see cref="MainUnit"/> = its main unit's URN when it is a sub-unit).
/// </summary>
internal sealed record SeedParty(string Path, PartyKind Kind, string? Identifier, string? Name, int? PartyId, int? UserId, string? MainUnit)
{
    /// <summary>The member that holds <see cref="Identifier"/>.</summary>
    public string IdentifierPath => Path + (Kind == PartyKind.Person ? ".personIdentifier" : ".organizationNumber");

    /// <summary>The party's URN, which holders and parties of rights refer to.</summary>
    public string Urn => (Kind == PartyKind.Person ? AltinnXacml.PersonIdentifier : AltinnXacml.OrganizationIdentifier) + ":" + Identifier;
}

/// <summary>A role or an access package that <see cref="Holder"/> holds for <see cref="For"/> (both party URNs).</summary>
internal sealed record SeedRight(string Path, string? Holder, string? For, string? Value);

/// <summary>A service resource; <see cref="PolicyFile"/> is relative to the seed file.</summary>
internal sealed record SeedResource(string Path, string? Id, string? Owner, string? OrgCode, string? Title, string? PolicyFile);
