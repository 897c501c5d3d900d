using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization;

/// <summary>
/// The context handler: before a request is evaluated, adds who may act for whom, from the store. The resource party
/// gets its party id; the subject gets the roles (<c>urn:altinn:rolecode</c>) and access packages
/// (<c>urn:altinn:accesspackage</c>) it holds for that party: directly, as the party itself (PRIV), or through a key
/// role for the party's main unit. Only what the policy matches on is looked up.
/// </summary>
internal sealed class ContextHandler(DecisionScope scope)
{
    private const string AccessPackagePrefix = AltinnXacml.AccessPackage + ":";

    /// <summary>Enriches <paramref name="request"/> in place; returns why the subject cannot be decided for, or null.</summary>
    public async Task<string?> EnrichAsync(XacmlContextRequest request, ResourceAttributes resource, CachedPolicy policy, CancellationToken cancellationToken)
    {
        var subject = SubjectAttributes.Read(request);
        if (subject.Problem is not null)
        {
            return subject.Problem;
        }

        resource.CompleteAppAttributes(request);
        var resourceParty = resource.Party is { } named ? await scope.FindPartyAsync(named, cancellationToken) : null;
        if (resourceParty is not null && resource.Party!.Value.AttributeId != AltinnXacml.PartyId)
        {
            request.Add(AltinnXacml.ResourceCategory, AltinnXacml.PartyId, [Invariant(resourceParty.PartyId)]);
        }

        var holder = subject.Lookup is { } lookup ? await scope.FindPartyAsync(lookup, cancellationToken) : null;
        SubjectIdentifiers.Add(request, subject, holder);
        var self = IsSelf(subject.Lookup, holder, resource.Party, resourceParty);
        List<string> roles = self ? [RoleCodes.Self] : [];
        if (holder is not null && resourceParty is not null && policy.Uses(AltinnXacml.RoleCode))
        {
            roles.AddRange(await RolesAsync(holder.PartyId, resourceParty, cancellationToken));
        }

        if (holder is not null && resourceParty is not null && policy.Uses(AltinnXacml.AccessPackage))
        {
            var packages = await scope.GetAccessPackagesAsync(holder.PartyId, resourceParty.PartyId, cancellationToken);
            request.Add(AltinnXacml.SubjectCategory, AltinnXacml.AccessPackage, packages.Select(StripPrefix).Distinct(StringComparer.Ordinal));
        }

        request.Add(AltinnXacml.SubjectCategory, AltinnXacml.RoleCode, RoleCodes.WithCaseVariants(roles));
        return null;
    }

    private async Task<IEnumerable<string>> RolesAsync(int holderPartyId, Party resourceParty, CancellationToken cancellationToken)
    {
        var roles = await scope.GetRoleCodesAsync(holderPartyId, resourceParty.PartyId, cancellationToken);
        if (resourceParty.MainUnitPartyId is not { } mainUnit)
        {
            return roles;
        }

        // A key role for the main unit reaches its sub-units; other roles for the main unit do not.
        var inherited = await scope.GetRoleCodesAsync(holderPartyId, mainUnit, cancellationToken);
        return roles.Concat(inherited.Where(RoleCodes.KeyRoles.Contains));
    }

    /// <summary>A person acts for themselves: the same party, or the same national identity number on both sides.</summary>
    private static bool IsSelf(PartyLookup? subjectName, Party? holder, PartyLookup? resourceName, Party? resourceParty)
    {
        if (holder is not null && resourceParty is not null)
        {
            return holder.Kind == PartyKind.Person && holder.PartyId == resourceParty.PartyId;
        }

        var subjectPerson = holder?.PersonIdentifier ?? (subjectName?.AttributeId == AltinnXacml.PersonIdentifier ? subjectName.Value.Value : null);
        var resourcePerson = resourceParty?.PersonIdentifier ?? (resourceName?.AttributeId == AltinnXacml.PersonIdentifier ? resourceName.Value.Value : null);
        return subjectPerson is not null && subjectPerson == resourcePerson;
    }

    private static string StripPrefix(string accessPackage) =>
        accessPackage.StartsWith(AccessPackagePrefix, StringComparison.Ordinal) ? accessPackage[AccessPackagePrefix.Length..] : accessPackage;

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
