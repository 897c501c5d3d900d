using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization;

/// <summary>
/// The subject identifiers Altinn's context handler adds: the user id of a person named by national identity number,
/// the party id of an organization, and <c>urn:altinn:organization:identifier-no</c> for the legacy organization number.
/// </summary>
internal static class SubjectIdentifiers
{
    public static void Add(XacmlContextRequest request, SubjectAttributes subject, Party? holder)
    {
        if (subject.LegacyOrganizationNumber is { } legacy && request.Value(AltinnXacml.SubjectCategory, AltinnXacml.OrganizationIdentifier) is null)
        {
            request.Add(AltinnXacml.SubjectCategory, AltinnXacml.OrganizationIdentifier, [legacy]);
        }

        if (holder is null)
        {
            return;
        }

        if (subject.Lookup?.AttributeId == AltinnXacml.PersonIdentifier && holder.UserId is { } userId)
        {
            request.Add(AltinnXacml.SubjectCategory, AltinnXacml.UserId, [Invariant(userId)]);
        }
        else if (subject.Lookup?.AttributeId == AltinnXacml.OrganizationIdentifier && request.Value(AltinnXacml.SubjectCategory, AltinnXacml.PartyId) is null)
        {
            request.Add(AltinnXacml.SubjectCategory, AltinnXacml.PartyId, [Invariant(holder.PartyId)]);
        }
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
