namespace DialogTokens.Authorization;

/// <summary>How a request names a party or a subject: by party id, user id, national identity number or organization number.</summary>
public readonly record struct PartyLookup(string AttributeId, string Value)
{
    /// <summary>Reads a URN such as <c>urn:altinn:organization:identifier-no:991825827</c> or <c>urn:altinn:userid:1337</c>; never throws.</summary>
    public static bool TryParse(string? urn, out PartyLookup lookup)
    {
        lookup = default;
        if (!AltinnXacml.TrySplit(urn, out var id, out var value)
            || id is not (AltinnXacml.PartyId or AltinnXacml.UserId or AltinnXacml.PersonIdentifier or AltinnXacml.OrganizationIdentifier))
        {
            return false;
        }

        lookup = new PartyLookup(id, value);
        return true;
    }

    /// <summary>The URN form.</summary>
    public override string ToString() => $"{AttributeId}:{Value}";
}
