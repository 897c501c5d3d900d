using DialogTokens.Authorization;
using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Dialogs.Persistence;

namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>
/// A service owner creates a dialog: validate everything, check that the owner owns the service resource and every
/// resource an action names, then write once. Used by the HTTP endpoint and the demo seed alike.
/// </summary>
internal sealed class CreateDialog(DialogStore store, IAuthorizationStore resources, DialogRequestValidator validator, TimeProvider timeProvider)
{
    public async Task<CreateDialogResult> RunAsync(ServiceOwnerCaller owner, DialogRequest? request, CancellationToken cancellationToken)
    {
        if (!validator.TryValidate(request, existing: null, owner.MayUseLegacyHtml, out var valid, out var errors))
        {
            return new CreateDialogResult.Invalid(errors);
        }

        var resource = await resources.FindResourceAsync(valid.ServiceResource[ServiceResource.UrnPrefix.Length..], cancellationToken);
        if (resource is null)
        {
            return new CreateDialogResult.Invalid(new Dictionary<string, string[]>
            {
                ["serviceResource"] = [$"The resource registry has no {valid.ServiceResource}."],
            });
        }

        if (resource.OwnerOrganizationNumber != owner.OrganizationNumber)
        {
            return new CreateDialogResult.Forbidden($"Organization {owner.OrganizationNumber} does not own {valid.ServiceResource}; only its owner may create dialogs for it.");
        }

        if (await resources.UnownedReferencesAsync(owner.OrganizationNumber, valid.Document, cancellationToken) is { } unowned)
        {
            return new CreateDialogResult.Forbidden(unowned);
        }

        var now = timeProvider.StoredNow();
        var dialog = new Dialog(
            valid.Id ?? Guid.CreateVersion7(now), Guid.CreateVersion7(now), valid.ServiceResource, valid.Party, resource.OwnerOrgCode,
            resource.OwnerOrganizationNumber, valid.Status, now, now, null, valid.Document);
        return await store.CreateAsync(dialog, cancellationToken) switch
        {
            DialogWriteOutcome.Done => new CreateDialogResult.Created(dialog),
            _ => new CreateDialogResult.Exists($"A dialog with id {dialog.Id} exists already."),
        };
    }
}
