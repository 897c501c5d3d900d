using DialogTokens.Authorization;
using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Dialogs.Persistence;

namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>
/// A service owner replaces a dialog's status, content and actions: only its own, not deleted, at the revision it names,
/// validated, naming only resources it owns; then one conditional write, so two racing replaces never both win.
/// </summary>
internal sealed class ReplaceDialog(DialogStore store, IAuthorizationStore resources, DialogRequestValidator validator, TimeProvider timeProvider)
{
    /// <summary>Replaces the dialog; <paramref name="ifMatch"/> is the revision changed, <see cref="Guid.Empty"/> for any (<c>*</c>), null when not sent.</summary>
    public async Task<ReplaceDialogResult> RunAsync(
        ServiceOwnerCaller owner, Guid dialogId, Guid? ifMatch, DialogRequest? request, CancellationToken cancellationToken)
    {
        var existing = await store.FindOwnedAsync(owner.OrganizationNumber, dialogId, cancellationToken);
        if (existing is null)
        {
            return new ReplaceDialogResult.NotFound(OwnedDialogs.NotFound(owner.OrganizationNumber, dialogId));
        }

        if (existing.IsDeleted)
        {
            return new ReplaceDialogResult.Deleted(OwnedDialogs.Gone(existing));
        }

        if (ifMatch is null)
        {
            return new ReplaceDialogResult.RevisionRequired($"Send If-Match with the revision you changed (the ETag of GET; now {ETags.Format(existing.Revision)}), so that no concurrent update is lost.");
        }

        if (ifMatch != Guid.Empty && ifMatch != existing.Revision)
        {
            return new ReplaceDialogResult.RevisionMismatch(OwnedDialogs.Mismatch(ifMatch.Value, existing.Revision));
        }

        if (!validator.TryValidate(request, existing, owner.MayUseLegacyHtml, out var valid, out var errors))
        {
            return new ReplaceDialogResult.Invalid(errors);
        }

        if (await resources.UnownedReferencesAsync(owner.OrganizationNumber, valid.Document, cancellationToken) is { } unowned)
        {
            return new ReplaceDialogResult.Forbidden(unowned);
        }

        var now = timeProvider.StoredNow();
        var replaced = existing with { Revision = Guid.CreateVersion7(now), Status = valid.Status, UpdatedAt = now, Document = valid.Document };
        return await store.UpdateAsync(replaced, existing.Revision, cancellationToken) switch
        {
            DialogWriteOutcome.Done => new ReplaceDialogResult.Replaced(replaced),
            DialogWriteOutcome.Deleted => new ReplaceDialogResult.Deleted(OwnedDialogs.Gone(existing)),
            DialogWriteOutcome.NotFound => new ReplaceDialogResult.NotFound(OwnedDialogs.Vanished(existing.Id)),
            _ => new ReplaceDialogResult.RevisionMismatch(OwnedDialogs.ChangedMeanwhile(existing.Id)),
        };
    }
}
