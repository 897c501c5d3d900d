using DialogTokens.Authorization;

namespace DialogTokens.DialogService.Parties;

/// <summary>A party the user may act for, with the sub-units that come with it.</summary>
/// <param name="Urn">The party as a URN (<c>urn:altinn:person:identifier-no:…</c> or <c>urn:altinn:organization:identifier-no:…</c>).</param>
/// <param name="Party">The party in the authorization store, or null for a user the store does not know.</param>
/// <param name="SubUnits">Its sub-units, each with a URN.</param>
internal sealed record ActingParty(string Urn, Party? Party, IReadOnlyList<Party> SubUnits);

/// <summary>
/// The parties an end user may act for: the user, the parties the user holds any role or access package for directly,
/// and their sub-units. The one place that says so, for the dialog list and the party list alike. Whether the user
/// may do anything for a party's dialogs is still the PDP's to decide, per dialog.
/// </summary>
internal static class ActingParties
{
    /// <summary>The user first, then each party with rights (ordered by name) with its sub-units; no URN twice.</summary>
    public static async Task<IReadOnlyList<ActingParty>> ListAsync(IAuthorizationStore store, string subject, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { subject };
        Party? self = null;
        var withRights = new List<(Party Party, List<Party> SubUnits)>();
        if (PartyLookup.TryParse(subject, out var lookup) && await store.FindPartyAsync(lookup, cancellationToken) is { } found)
        {
            self = found;
            var rights = await store.ListPartiesWithRightsAsync(found.PartyId, cancellationToken);
            foreach (var party in rights.Where(p => p.Urn is not null).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Urn, StringComparer.Ordinal))
            {
                withRights.Add((party, [.. (await store.ListSubUnitsAsync(party.PartyId, cancellationToken)).Where(s => s.Urn is not null)]));
            }
        }

        // A party held directly that is also a sub-unit of another held party is shown once, as that sub-unit.
        var asSubUnit = withRights.SelectMany(p => p.SubUnits).Select(s => s.Urn!).ToHashSet(StringComparer.Ordinal);
        var result = new List<ActingParty> { new(subject, self, []) };
        foreach (var (party, subUnits) in withRights)
        {
            if (asSubUnit.Contains(party.Urn!) || !seen.Add(party.Urn!))
            {
                continue;
            }

            result.Add(new ActingParty(party.Urn!, party, [.. subUnits.Where(s => seen.Add(s.Urn!))]));
        }

        return result;
    }

    /// <summary>Every URN of <see cref="ListAsync"/>, flat: the user, then each party followed by its sub-units.</summary>
    public static async Task<List<string>> ListUrnsAsync(IAuthorizationStore store, string subject, CancellationToken cancellationToken) =>
        [.. (await ListAsync(store, subject, cancellationToken)).SelectMany(p => p.SubUnits.Select(s => s.Urn!).Prepend(p.Urn))];
}
