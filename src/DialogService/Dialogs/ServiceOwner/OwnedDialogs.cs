using DialogTokens.Authorization;
using DialogTokens.DialogService.Dialogs.Persistence;

namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>
/// What the service owner's use cases share: a dialog as its owner finds it, the resources its actions may name, the
/// time a write stamps, and the words of the refusals that more than one of them answers.
/// </summary>
internal static class OwnedDialogs
{
    /// <summary>The dialog, or null when there is none or it is another owner's.</summary>
    public static async Task<Dialog?> FindOwnedAsync(this DialogStore store, string ownerOrganizationNumber, Guid id, CancellationToken cancellationToken)
    {
        var dialog = await store.FindAsync(id, cancellationToken);

        // Another owner's dialog is answered as missing: its existence is not this caller's business.
        return dialog is null || dialog.ServiceOwner != ownerOrganizationNumber ? null : dialog;
    }

    /// <summary>
    /// Why the document may not be stored: every resource that an action's <c>urn:altinn:resource:&lt;id&gt;</c>
    /// attribute names and the caller's organization does not own (or the registry does not know), as Dialogporten's
    /// ServiceResourceAuthorizer; else null. Otherwise an owner could learn users' rights on another owner's resource and
    /// put permits for it into tokens.
    /// </summary>
    public static async Task<string?> UnownedReferencesAsync(
        this IAuthorizationStore resources, string ownerOrganizationNumber, DialogDocument document, CancellationToken cancellationToken)
    {
        var referenced = document.GuiActions.Select(a => a.AuthorizationAttribute).Concat(document.ApiActions.Select(a => a.AuthorizationAttribute))
            .Select(a => AuthorizationAttribute.TryParse(a, out var attribute, out _) ? attribute.ReferencedResource : null)
            .OfType<string>().Distinct(StringComparer.Ordinal);
        var unowned = new List<string>();
        foreach (var resourceId in referenced)
        {
            if ((await resources.FindResourceAsync(resourceId, cancellationToken))?.OwnerOrganizationNumber != ownerOrganizationNumber)
            {
                unowned.Add(ServiceResource.UrnPrefix + resourceId);
            }
        }

        return unowned.Count == 0 ? null
            : $"Not allowed to reference the following unowned resources: [{string.Join(", ", unowned)}]. An authorization attribute urn:altinn:resource:<id> must name a resource that organization {ownerOrganizationNumber} owns.";
    }

    /// <summary>Now, to the millisecond: stored as Unix milliseconds, what a write answers must equal what a later read returns.</summary>
    public static DateTimeOffset StoredNow(this TimeProvider timeProvider) => DateTimeOffset.FromUnixTimeMilliseconds(timeProvider.GetUtcNow().ToUnixTimeMilliseconds());

    public static string NotFound(string ownerOrganizationNumber, Guid id) => $"Organization {ownerOrganizationNumber} has no dialog {id}.";

    public static string Vanished(Guid id) => $"There is no dialog {id}.";

    public static string Gone(Dialog dialog) => $"The dialog {dialog.Id} was deleted at {dialog.DeletedAt:O}.";

    public static string Mismatch(Guid given, Guid current) =>
        $"If-Match names revision {given}, but the dialog is at {current}; GET it again and retry with its ETag.";

    public static string ChangedMeanwhile(Guid id) =>
        $"Dialog {id} changed while this request was handled; GET it again and retry with its new ETag.";
}
