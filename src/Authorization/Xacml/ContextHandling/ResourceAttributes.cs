using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization;

/// <summary>What a request's resource category says: which policy applies, and which party the resource belongs to.</summary>
/// <param name="ResourceId">The store's resource id: <c>urn:altinn:resource</c>, or <c>app_&lt;org&gt;_&lt;app&gt;</c> for an Altinn app.</param>
/// <param name="Org">The app owner, <c>urn:altinn:org</c>, given or read from the resource id.</param>
/// <param name="App">The app, <c>urn:altinn:app</c>, given or read from the resource id.</param>
/// <param name="RegistryValue">The <c>urn:altinn:resource</c> value as given, or null.</param>
/// <param name="Party">The resource party: party id, then organization number, then national identity number.</param>
internal sealed record ResourceAttributes(string? ResourceId, string? Org, string? App, string? RegistryValue, PartyLookup? Party)
{
    public const string AppPrefix = "app_";

    public static ResourceAttributes Read(XacmlContextRequest request)
    {
        string? First(string id) => request.Value(AltinnXacml.ResourceCategory, id);
        var (registry, org, app) = (First(AltinnXacml.Resource), First(AltinnXacml.Org), First(AltinnXacml.App));

        // Dialogporten names an app resource app_<org>_<app>; Altinn's apps send urn:altinn:org and urn:altinn:app.
        if (registry is not null && registry.StartsWith(AppPrefix, StringComparison.Ordinal) && registry.IndexOf('_', AppPrefix.Length) is var split and > 0)
        {
            (org, app) = (org ?? registry[AppPrefix.Length..split], app ?? registry[(split + 1)..]);
        }

        var resourceId = registry ?? (org is not null && app is not null ? $"{AppPrefix}{org}_{app}" : null);
        PartyLookup? party = First(AltinnXacml.PartyId) is { } partyId ? new(AltinnXacml.PartyId, partyId)
            : (First(AltinnXacml.OrganizationIdentifier) ?? First(SubjectAttributes.LegacyOrganizationNumberId)) is { } orgNo ? new(AltinnXacml.OrganizationIdentifier, orgNo)
            : First(AltinnXacml.PersonIdentifier) is { } person ? new(AltinnXacml.PersonIdentifier, person)
            : null;
        return new ResourceAttributes(resourceId, org, app, registry, party);
    }

    /// <summary>Policies of apps match <c>urn:altinn:org</c> and <c>urn:altinn:app</c>, and resource policies <c>urn:altinn:resource</c>: both are given.</summary>
    public void CompleteAppAttributes(XacmlContextRequest request)
    {
        if (Org is null || App is null)
        {
            return;
        }

        foreach (var (id, value) in new[] { (AltinnXacml.Org, Org), (AltinnXacml.App, App) })
        {
            if (request.Value(AltinnXacml.ResourceCategory, id) is null)
            {
                request.Add(AltinnXacml.ResourceCategory, id, [value]);
            }
        }

        if (RegistryValue is null)
        {
            request.Add(AltinnXacml.ResourceCategory, AltinnXacml.Resource, [ResourceId!]);
        }
    }
}
