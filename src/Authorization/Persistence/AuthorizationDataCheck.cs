namespace DialogTokens.Authorization;

/// <summary>
/// What <see cref="IAuthorizationStore.ImportAsync"/> refuses before it writes anything: rows that no database would
/// hold the same way on every provider (lengths, formats) and duplicates within the batch. References to parties that
/// exist nowhere are left to the database's foreign keys, which fail the whole transaction.
/// </summary>
internal static class AuthorizationDataCheck
{
    public static IReadOnlyList<string> Problems(AuthorizationData data)
    {
        var problems = new List<string>();
        for (var i = 0; i < data.Parties.Count; i++)
        {
            CheckParty(data.Parties[i], $"Parties[{i}]", problems);
        }

        Duplicates(data.Parties.Select(p => p.PartyId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Parties", "party id", problems);
        Duplicates(data.Parties.Select(p => p.PersonIdentifier), "Parties", "person identifier", problems);
        Duplicates(data.Parties.Select(p => p.OrganizationNumber), "Parties", "organization number", problems);
        Duplicates(data.Parties.Select(p => p.UserId?.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Parties", "user id", problems);

        for (var i = 0; i < data.Roles.Count; i++)
        {
            var role = data.Roles[i];
            CheckAssignment(role.HolderPartyId, role.ForPartyId, role.RoleCode, StoreLimits.RoleCodeMaxLength, $"Roles[{i}]", problems);
        }

        for (var i = 0; i < data.AccessPackages.Count; i++)
        {
            var package = data.AccessPackages[i];
            CheckAssignment(package.HolderPartyId, package.ForPartyId, package.AccessPackage, StoreLimits.AccessPackageMaxLength, $"AccessPackages[{i}]", problems);
        }

        for (var i = 0; i < data.Resources.Count; i++)
        {
            CheckResource(data.Resources[i], $"Resources[{i}]", problems);
        }

        Duplicates(data.Resources.Select(r => r.Id), "Resources", "resource id", problems);
        return problems;
    }

    private static void CheckParty(Party party, string at, List<string> problems)
    {
        if (party is null)
        {
            problems.Add($"{at} is null.");
            return;
        }

        Require(party.PartyId > 0, $"{at}: the party id must be positive.", problems);
        Require(!string.IsNullOrWhiteSpace(party.Name) && party.Name.Length <= StoreLimits.PartyNameMaxLength, $"{at}: the name must be 1 to {StoreLimits.PartyNameMaxLength} characters.", problems);
        Require(party.UserId is null or > 0, $"{at}: the user id must be positive.", problems);
        Require(party.MainUnitPartyId != party.PartyId, $"{at}: a party cannot be its own main unit.", problems);
        switch (party.Kind)
        {
            case PartyKind.Person:
                Require(PartyIdentifiers.IsPersonIdentifier(party.PersonIdentifier), $"{at}: a person needs an 11-digit person identifier.", problems);
                Require(party.OrganizationNumber is null && party.MainUnitPartyId is null, $"{at}: a person has no organization number or main unit.", problems);
                break;
            case PartyKind.Organization:
                Require(PartyIdentifiers.IsOrganizationNumber(party.OrganizationNumber), $"{at}: an organization needs a 9-digit organization number.", problems);
                Require(party.PersonIdentifier is null, $"{at}: an organization has no person identifier.", problems);
                break;
            default:
                problems.Add($"{at}: unknown kind '{party.Kind}'.");
                break;
        }
    }

    private static void CheckAssignment(int holder, int forParty, string? value, int maxLength, string at, List<string> problems)
    {
        Require(holder > 0 && forParty > 0, $"{at}: party ids must be positive.", problems);
        Require(IsToken(value, maxLength), $"{at}: the value must be 1 to {maxLength} characters without spaces.", problems);
    }

    private static void CheckResource(ServiceResource resource, string at, List<string> problems)
    {
        if (resource is null)
        {
            problems.Add($"{at} is null.");
            return;
        }

        Require(IsToken(resource.Id, StoreLimits.ResourceIdMaxLength), $"{at}: the id must be 1 to {StoreLimits.ResourceIdMaxLength} characters without spaces.", problems);
        Require(PartyIdentifiers.IsOrganizationNumber(resource.OwnerOrganizationNumber), $"{at}: the owner needs a 9-digit organization number.", problems);
        Require(IsToken(resource.OwnerOrgCode, StoreLimits.OrgCodeMaxLength), $"{at}: the org code must be 1 to {StoreLimits.OrgCodeMaxLength} characters without spaces.", problems);
        Require(!string.IsNullOrWhiteSpace(resource.Title) && resource.Title.Length <= StoreLimits.ResourceTitleMaxLength, $"{at}: the title must be 1 to {StoreLimits.ResourceTitleMaxLength} characters.", problems);
        Require(!string.IsNullOrWhiteSpace(resource.PolicyXml), $"{at}: the policy is empty.", problems);
    }

    private static void Duplicates(IEnumerable<string?> values, string at, string what, List<string> problems)
    {
        foreach (var value in values.OfType<string>().GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{at}: {what} {value.Key} appears {value.Count()} times.");
        }
    }

    private static bool IsToken(string? value, int maxLength) =>
        !string.IsNullOrEmpty(value) && value.Length <= maxLength && !value.Any(char.IsWhiteSpace);

    private static void Require(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
