namespace DialogTokens.Authorization;

/// <summary>
/// The store reads of one decision call. A dialog's multi-request repeats the same subject, party and resource in
/// every reference; each is read once per call. Not thread-safe: one call, one scope.
/// </summary>
internal sealed class DecisionScope(IAuthorizationStore store)
{
    private readonly Dictionary<string, ServiceResource?> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<PartyLookup, Party?> _parties = [];
    private readonly Dictionary<(int Holder, int For), IReadOnlyList<string>> _roles = [];
    private readonly Dictionary<(int Holder, int For), IReadOnlyList<string>> _accessPackages = [];

    public async Task<ServiceResource?> FindResourceAsync(string resourceId, CancellationToken cancellationToken) =>
        _resources.TryGetValue(resourceId, out var known) ? known
            : _resources[resourceId] = await store.FindResourceAsync(resourceId, cancellationToken);

    public async Task<Party?> FindPartyAsync(PartyLookup lookup, CancellationToken cancellationToken) =>
        _parties.TryGetValue(lookup, out var known) ? known
            : _parties[lookup] = await store.FindPartyAsync(lookup, cancellationToken);

    public async Task<IReadOnlyList<string>> GetRoleCodesAsync(int holderPartyId, int forPartyId, CancellationToken cancellationToken) =>
        _roles.TryGetValue((holderPartyId, forPartyId), out var known) ? known
            : _roles[(holderPartyId, forPartyId)] = await store.GetRoleCodesAsync(holderPartyId, forPartyId, cancellationToken);

    public async Task<IReadOnlyList<string>> GetAccessPackagesAsync(int holderPartyId, int forPartyId, CancellationToken cancellationToken) =>
        _accessPackages.TryGetValue((holderPartyId, forPartyId), out var known) ? known
            : _accessPackages[(holderPartyId, forPartyId)] = await store.GetAccessPackagesAsync(holderPartyId, forPartyId, cancellationToken);
}
