using System.Globalization;

namespace DialogTokens.Authorization;

/// <summary>
/// The parties of a seed: their formats and duplicates checked, their party ids taken from the file, from the store
/// (a party already stored keeps its id, so that importing the same seed again changes nothing) or generated, and an
/// index by URN through which rights and main units refer to them.
/// </summary>
internal sealed class SeedParties
{
    /// <summary>Generated party ids count up from here, past every id in use.</summary>
    public const int FirstGeneratedPartyId = 50_001;

    private readonly IAuthorizationStore store;
    private readonly List<SeedProblem> problems;
    private readonly Dictionary<string, Party> byUrn = new(StringComparer.Ordinal);
    private readonly HashSet<string> rejected = new(StringComparer.Ordinal);

    private SeedParties(IAuthorizationStore store, List<SeedProblem> problems)
    {
        this.store = store;
        this.problems = problems;
    }

    public List<Party> Parties { get; } = [];

    public static async Task<SeedParties> ResolveAsync(IReadOnlyList<SeedParty> entries, IAuthorizationStore store, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        var parties = new SeedParties(store, problems);
        var accepted = SeedPartyChecks.Accept(entries, problems, parties.rejected);
        var ids = await parties.ResolvePartyIdsAsync(accepted, cancellationToken);
        foreach (var entry in accepted.Where(ids.ContainsKey))
        {
            parties.Add(entry, ids[entry]);
        }

        await parties.ResolveMainUnitsAsync(accepted.Where(e => e.MainUnit is not null && ids.ContainsKey(e)), cancellationToken);
        return parties;
    }

    /// <summary>The party <paramref name="urn"/> names, in this seed or else in the store; null (and a problem) when none.</summary>
    public async Task<Party?> FindAsync(string? urn, string path, CancellationToken cancellationToken)
    {
        if (urn is null)
        {
            return null;
        }

        if (!PartyLookup.TryParse(urn, out var lookup))
        {
            problems.Add(new SeedProblem(path, $"'{urn}' is not a party URN; write urn:altinn:person:identifier-no:<11 digits>, urn:altinn:organization:identifier-no:<9 digits>, urn:altinn:partyid:<id> or urn:altinn:userid:<id>."));
            return null;
        }

        if (byUrn.TryGetValue(lookup.ToString(), out var party))
        {
            return party;
        }

        if (rejected.Contains(lookup.ToString()))
        {
            return null; // Its own problem is reported already.
        }

        if (await store.FindPartyAsync(lookup, cancellationToken) is { } stored)
        {
            return stored;
        }

        problems.Add(new SeedProblem(path, $"unknown party {urn}: it is neither in this seed nor in the store."));
        return null;
    }

    /// <summary>Stored parties keep their ids; new ones take the file's id or a generated one; conflicts with the store are problems.</summary>
    private async Task<Dictionary<SeedParty, int>> ResolvePartyIdsAsync(List<SeedParty> entries, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<SeedParty, int>();
        var pending = new List<SeedParty>();
        foreach (var entry in entries)
        {
            if (!await CheckUserIdAsync(entry, cancellationToken))
            {
                continue;
            }

            var stored = await store.FindPartyAsync(Lookup(entry.Urn), cancellationToken);
            var taken = stored is null && entry.PartyId is { } wanted ? await store.FindPartyAsync(Lookup(AltinnXacml.PartyId, wanted), cancellationToken) : null;
            if (stored is not null && entry.PartyId is { } id && id != stored.PartyId)
            {
                problems.Add(new SeedProblem(entry.Path + ".partyId", $"is {id}, but the store has {entry.Urn} as party {stored.PartyId}; a party's id cannot change."));
            }
            else if (taken is not null)
            {
                problems.Add(new SeedProblem(entry.Path + ".partyId", $"party id {taken.PartyId} is {taken.Urn} in the store."));
            }
            else if ((stored?.PartyId ?? entry.PartyId) is { } resolved)
            {
                ids[entry] = resolved;
                continue;
            }
            else
            {
                pending.Add(entry);
                continue;
            }

            rejected.Add(entry.Urn);
        }

        var used = ids.Values.ToHashSet();
        var next = FirstGeneratedPartyId;
        foreach (var entry in pending)
        {
            while (used.Contains(next) || await store.FindPartyAsync(Lookup(AltinnXacml.PartyId, next), cancellationToken) is not null)
            {
                next++;
            }

            ids[entry] = next;
            used.Add(next);
        }

        return ids;
    }

    private async Task<bool> CheckUserIdAsync(SeedParty entry, CancellationToken cancellationToken)
    {
        if (entry.UserId is not { } userId || await store.FindPartyAsync(Lookup(AltinnXacml.UserId, userId), cancellationToken) is not { } holder || holder.Urn == entry.Urn)
        {
            return true;
        }

        problems.Add(new SeedProblem(entry.Path + ".userId", $"user id {userId} is {holder.Urn} in the store."));
        rejected.Add(entry.Urn);
        return false;
    }

    private void Add(SeedParty entry, int partyId)
    {
        var party = new Party
        {
            PartyId = partyId,
            Kind = entry.Kind,
            Name = entry.Name!,
            PersonIdentifier = entry.Kind == PartyKind.Person ? entry.Identifier : null,
            OrganizationNumber = entry.Kind == PartyKind.Organization ? entry.Identifier : null,
            UserId = entry.UserId,
        };
        Parties.Add(party);
        Index(party);
    }

    /// <summary>Every URN that names <paramref name="party"/>: its identifier, its party id and its user id.</summary>
    private void Index(Party party)
    {
        byUrn[party.Urn!] = party;
        byUrn[$"{AltinnXacml.PartyId}:{party.PartyId.ToString(CultureInfo.InvariantCulture)}"] = party;
        if (party.UserId is { } userId)
        {
            byUrn[$"{AltinnXacml.UserId}:{userId.ToString(CultureInfo.InvariantCulture)}"] = party;
        }
    }

    private async Task ResolveMainUnitsAsync(IEnumerable<SeedParty> subUnits, CancellationToken cancellationToken)
    {
        foreach (var entry in subUnits)
        {
            var path = entry.Path + ".mainUnit";
            var mainUnit = await FindAsync(entry.MainUnit, path, cancellationToken);
            var index = Parties.FindIndex(p => p.Urn == entry.Urn);
            if (mainUnit is null)
            {
                continue;
            }

            if (mainUnit.Kind != PartyKind.Organization)
            {
                problems.Add(new SeedProblem(path, $"{entry.MainUnit} is a person; a main unit is an organization."));
            }
            else if (mainUnit.PartyId == Parties[index].PartyId)
            {
                problems.Add(new SeedProblem(path, "an organization cannot be its own main unit."));
            }
            else
            {
                Parties[index] = Parties[index] with { MainUnitPartyId = mainUnit.PartyId };
                Index(Parties[index]);
            }
        }
    }

    private static PartyLookup Lookup(string urn) => PartyLookup.TryParse(urn, out var lookup) ? lookup : throw new ArgumentException($"'{urn}' is not a party URN.", nameof(urn));

    private static PartyLookup Lookup(string attributeId, int id) => new(attributeId, id.ToString(CultureInfo.InvariantCulture));
}
