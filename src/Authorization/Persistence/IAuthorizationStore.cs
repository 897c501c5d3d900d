namespace DialogTokens.Authorization;

/// <summary>
/// The store behind the policy decision point: service resources with their policies (the policy retrieval point),
/// and parties with the roles and access packages held for them (the policy information point).
/// Implemented over EF Core (SQLite, PostgreSQL) and in memory.
/// </summary>
public interface IAuthorizationStore
{
    /// <summary>The resource with this id (without <c>urn:altinn:resource:</c>), or null.</summary>
    Task<ServiceResource?> FindResourceAsync(string resourceId, CancellationToken cancellationToken = default);

    /// <summary>Every resource, ordered by id.</summary>
    Task<IReadOnlyList<ServiceResource>> ListResourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces a resource, atomically. Callers validate the policy first (<see cref="ServiceResourceRegistry"/>).</summary>
    Task SaveResourceAsync(ServiceResource resource, CancellationToken cancellationToken = default);

    /// <summary>The party a lookup names, or null.</summary>
    Task<Party?> FindPartyAsync(PartyLookup lookup, CancellationToken cancellationToken = default);

    /// <summary>The sub-units whose main unit is <paramref name="mainUnitPartyId"/>.</summary>
    Task<IReadOnlyList<Party>> ListSubUnitsAsync(int mainUnitPartyId, CancellationToken cancellationToken = default);

    /// <summary>The roles <paramref name="holderPartyId"/> holds directly for <paramref name="forPartyId"/>.</summary>
    Task<IReadOnlyList<string>> GetRoleCodesAsync(int holderPartyId, int forPartyId, CancellationToken cancellationToken = default);

    /// <summary>The access packages <paramref name="holderPartyId"/> holds directly for <paramref name="forPartyId"/>.</summary>
    Task<IReadOnlyList<string>> GetAccessPackagesAsync(int holderPartyId, int forPartyId, CancellationToken cancellationToken = default);

    /// <summary>The parties for which <paramref name="holderPartyId"/> holds any role or access package directly.</summary>
    Task<IReadOnlyList<Party>> ListPartiesWithRightsAsync(int holderPartyId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts or replaces all of <paramref name="data"/> in one transaction: all of it lands, or none. With
    /// <see cref="AuthorizationData.ReplacesRights"/>, the same transaction also revokes the rights of the batch's
    /// parties that the batch no longer lists.
    /// </summary>
    Task ImportAsync(AuthorizationData data, CancellationToken cancellationToken = default);
}

/// <summary>A batch of parties, rights and resources to import, e.g. from a seed file.</summary>
public sealed record AuthorizationData
{
    public IReadOnlyList<Party> Parties { get; init; } = [];
    public IReadOnlyList<RoleAssignment> Roles { get; init; } = [];
    public IReadOnlyList<AccessPackageAssignment> AccessPackages { get; init; } = [];
    public IReadOnlyList<ServiceResource> Resources { get; init; } = [];

    /// <summary>
    /// False (the default): rights are only added. True: the batch is the whole truth about the rights of its
    /// <see cref="Parties"/>, so every role and access package held by or for one of them that <see cref="Roles"/> and
    /// <see cref="AccessPackages"/> do not list is removed. The store does not record which source gave a right, so a
    /// right that another source gave to or for one of these parties is removed too. A seed is imported this way.
    /// </summary>
    public bool ReplacesRights { get; init; }
}
