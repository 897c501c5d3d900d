using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization;

/// <summary>Who the subject of a request is: the identifier to look it up by, or why the subject is contradictory.</summary>
/// <param name="Lookup">User id, then national identity number, then organization number, then party id.</param>
/// <param name="Problem">Why the subject cannot be decided for, as Altinn Authorization refuses it.</param>
/// <param name="LegacyOrganizationNumber">An organization number given as the legacy <c>urn:altinn:organizationnumber</c>.</param>
internal sealed record SubjectAttributes(PartyLookup? Lookup, string? Problem, string? LegacyOrganizationNumber)
{
    public const string LegacyOrganizationNumberId = "urn:altinn:organizationnumber";

    public static SubjectAttributes Read(XacmlContextRequest request)
    {
        string? First(string id) => request.Value(AltinnXacml.SubjectCategory, id);
        var ids = request.Categories(AltinnXacml.SubjectCategory).SelectMany(c => c.Attributes)
            .Select(a => a.AttributeId.OriginalString).ToHashSet(StringComparer.Ordinal);
        var (user, person, legacy) = (First(AltinnXacml.UserId), First(AltinnXacml.PersonIdentifier), First(LegacyOrganizationNumberId));
        var organization = First(AltinnXacml.OrganizationIdentifier) ?? legacy;

        // The same refusals as Altinn's context handler: one subject, named one way.
        var problem = ids.Contains(AltinnXacml.SystemUserUuid) && ids.Count > 1
            ? $"The subject attribute {AltinnXacml.SystemUserUuid} must be the subject's only attribute."
            : user is not null && person is not null ? "The subject is named both by user id and by national identity number."
            : organization is not null && (user is not null || person is not null) ? "The subject is named both as an organization and as a person."
            : null;

        PartyLookup? lookup = user is not null ? new(AltinnXacml.UserId, user)
            : person is not null ? new(AltinnXacml.PersonIdentifier, person)
            : organization is not null ? new(AltinnXacml.OrganizationIdentifier, organization)
            : First(AltinnXacml.PartyId) is { } party ? new(AltinnXacml.PartyId, party)
            : null;
        return new SubjectAttributes(lookup, problem, legacy);
    }
}
