using DialogTokens.Authorization;

namespace DialogTokens.DialogService.Parties;

/// <summary>
/// <c>GET /api/v1/enduser/parties</c>: Dialogporten's <c>AuthorizedPartiesDto</c>, kept to what the authorization store
/// answers truthfully. Left out: <c>isAccessManager</c>, <c>isMainAdministrator</c>, <c>hasOnlyAccessToSubParties</c>,
/// <c>isDeleted</c> (and Dialogporten's <c>partyId</c>, <c>dateOfBirth</c>, <c>partyUuid</c>).
/// </summary>
internal sealed record AuthorizedPartiesView(IReadOnlyList<AuthorizedPartyView> AuthorizedParties);

/// <summary>One party the user may act for.</summary>
/// <param name="Party">The party's URN.</param>
/// <param name="Name">The display name; null only for the user when the authorization store does not know the user.</param>
/// <param name="PartyType"><c>Person</c> or <c>Organization</c>.</param>
/// <param name="IsCurrentEndUser">True for the logged-in user's own party.</param>
/// <param name="SubParties">The sub-units that come with an organization; empty otherwise.</param>
internal sealed record AuthorizedPartyView(string Party, string? Name, string PartyType, bool IsCurrentEndUser, IReadOnlyList<AuthorizedPartyView> SubParties)
{
    public static AuthorizedPartiesView List(IReadOnlyList<ActingParty> parties, string subject) =>
        new([.. parties.Select(p => new AuthorizedPartyView(
            p.Urn,
            p.Party?.Name,
            Type(p.Party?.Kind ?? PartyKind.Person),
            p.Urn == subject,
            [.. p.SubUnits.Select(s => new AuthorizedPartyView(s.Urn!, s.Name, Type(s.Kind), false, []))]))]);

    private static string Type(PartyKind kind) => kind == PartyKind.Person ? "Person" : "Organization";
}
