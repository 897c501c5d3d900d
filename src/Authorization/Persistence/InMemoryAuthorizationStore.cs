using System.Globalization;

namespace DialogTokens.Authorization;

/// <summary>
/// An <see cref="IAuthorizationStore"/> held in memory: for tests, demos and small single-process deployments.
/// Thread-safe; every write (an import included) is atomic, and a rejected import leaves the store as it was.
/// </summary>
public sealed class InMemoryAuthorizationStore : IAuthorizationStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ServiceResource> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Party> _parties = [];
    private readonly HashSet<RoleAssignment> _roles = [];
    private readonly HashSet<AccessPackageAssignment> _accessPackages = [];

    /// <inheritdoc/>
    public Task<ServiceResource?> FindResourceAsync(string resourceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_resources.GetValueOrDefault(resourceId));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ServiceResource>> ListResourcesAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ServiceResource>>([.. _resources.Values.OrderBy(r => r.Id, StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc/>
    public Task SaveResourceAsync(ServiceResource resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        lock (_gate)
        {
            _resources[resource.Id] = resource;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<Party?> FindPartyAsync(PartyLookup lookup, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(Find(lookup));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Party>> ListSubUnitsAsync(int mainUnitPartyId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Party>>([.. _parties.Values.Where(p => p.MainUnitPartyId == mainUnitPartyId).OrderBy(p => p.PartyId)]);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> GetRoleCodesAsync(int holderPartyId, int forPartyId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. _roles
                .Where(r => r.HolderPartyId == holderPartyId && r.ForPartyId == forPartyId)
                .Select(r => r.RoleCode).Order(StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> GetAccessPackagesAsync(int holderPartyId, int forPartyId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. _accessPackages
                .Where(a => a.HolderPartyId == holderPartyId && a.ForPartyId == forPartyId)
                .Select(a => a.AccessPackage).Order(StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Party>> ListPartiesWithRightsAsync(int holderPartyId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var forPartyIds = _roles.Where(r => r.HolderPartyId == holderPartyId).Select(r => r.ForPartyId)
                .Concat(_accessPackages.Where(a => a.HolderPartyId == holderPartyId).Select(a => a.ForPartyId))
                .ToHashSet();
            return Task.FromResult<IReadOnlyList<Party>>([.. forPartyIds
                .Where(_parties.ContainsKey).Select(id => _parties[id]).OrderBy(p => p.PartyId)]);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">
    /// The batch is inconsistent: a party id, resource id or identifier twice, or a right for a party that exists
    /// neither in the batch nor in the store. Nothing is imported then.
    /// </exception>
    public Task ImportAsync(AuthorizationData data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        lock (_gate)
        {
            var parties = new Dictionary<int, Party>(_parties);
            if (Problem(data, parties) is { } problem)
            {
                throw new ArgumentException($"Nothing was imported: {problem}", nameof(data));
            }

            _parties.Clear();
            foreach (var (id, party) in parties)
            {
                _parties[id] = party;
            }

            if (data.ReplacesRights)
            {
                // The batch is the whole truth about its parties' rights (AuthorizationData.ReplacesRights).
                var ids = data.Parties.Select(p => p.PartyId).ToHashSet();
                _roles.RemoveWhere(r => (ids.Contains(r.HolderPartyId) || ids.Contains(r.ForPartyId)) && !data.Roles.Contains(r));
                _accessPackages.RemoveWhere(a => (ids.Contains(a.HolderPartyId) || ids.Contains(a.ForPartyId)) && !data.AccessPackages.Contains(a));
            }

            _roles.UnionWith(data.Roles);
            _accessPackages.UnionWith(data.AccessPackages);
            foreach (var resource in data.Resources)
            {
                _resources[resource.Id] = resource;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Merges the batch's parties into <paramref name="parties"/> and says what is inconsistent, if anything.</summary>
    private static string? Problem(AuthorizationData data, Dictionary<int, Party> parties)
    {
        // The same row checks as the database stores; then what their keys and foreign keys would refuse.
        if (AuthorizationDataCheck.Problems(data) is { Count: > 0 } problems)
        {
            return string.Join(" ", problems);
        }

        foreach (var party in data.Parties)
        {
            parties[party.PartyId] = party;
        }

        var duplicate = Duplicate(parties.Values.Where(p => p.UserId is not null).Select(p => Invariant(p.UserId!.Value)), "user id")
            ?? Duplicate(parties.Values.Where(p => p.PersonIdentifier is not null).Select(p => p.PersonIdentifier!), "national identity number")
            ?? Duplicate(parties.Values.Where(p => p.OrganizationNumber is not null).Select(p => p.OrganizationNumber!), "organization number");
        if (duplicate is not null)
        {
            return duplicate;
        }

        var named = data.Roles.SelectMany(r => new[] { r.HolderPartyId, r.ForPartyId })
            .Concat(data.AccessPackages.SelectMany(a => new[] { a.HolderPartyId, a.ForPartyId }))
            .Concat(parties.Values.Where(p => p.MainUnitPartyId is not null).Select(p => p.MainUnitPartyId!.Value));
        return named.Where(id => !parties.ContainsKey(id)).Select(id => $"party {id} is named but is neither in the batch nor in the store.").FirstOrDefault();
    }

    private static string? Duplicate(IEnumerable<string> keys, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return keys.FirstOrDefault(k => !seen.Add(k)) is { } duplicate ? $"two parties have the {what} '{duplicate}'." : null;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Party? Find(PartyLookup lookup) => lookup.AttributeId switch
    {
        AltinnXacml.PartyId => ParseId(lookup.Value) is { } id ? _parties.GetValueOrDefault(id) : null,
        AltinnXacml.UserId => ParseId(lookup.Value) is { } userId ? _parties.Values.FirstOrDefault(p => p.UserId == userId) : null,
        AltinnXacml.PersonIdentifier => _parties.Values.FirstOrDefault(p => p.PersonIdentifier == lookup.Value),
        AltinnXacml.OrganizationIdentifier => _parties.Values.FirstOrDefault(p => p.OrganizationNumber == lookup.Value),
        _ => null,
    };

    private static int? ParseId(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
