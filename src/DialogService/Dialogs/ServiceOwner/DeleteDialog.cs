using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Dialogs.Persistence;

namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>
/// A service owner soft-deletes one of its dialogs: end users get 410 from then on. <c>If-Match</c> is optional here,
/// but when sent it must name the current revision.
/// </summary>
internal sealed class DeleteDialog(DialogStore store, TimeProvider timeProvider)
{
    /// <summary>Deletes the dialog; <paramref name="ifMatch"/> is the revision seen, <see cref="Guid.Empty"/> for any (<c>*</c>), null when not sent.</summary>
    public async Task<DeleteDialogResult> RunAsync(ServiceOwnerCaller owner, Guid dialogId, Guid? ifMatch, CancellationToken cancellationToken)
    {
        var existing = await store.FindOwnedAsync(owner.OrganizationNumber, dialogId, cancellationToken);
        if (existing is null)
        {
            return new DeleteDialogResult.NotFound(OwnedDialogs.NotFound(owner.OrganizationNumber, dialogId));
        }

        if (existing.IsDeleted)
        {
            return new DeleteDialogResult.AlreadyDeleted(OwnedDialogs.Gone(existing));
        }

        if (ifMatch is { } expected && expected != Guid.Empty && expected != existing.Revision)
        {
            return new DeleteDialogResult.RevisionMismatch(OwnedDialogs.Mismatch(expected, existing.Revision));
        }

        var now = timeProvider.StoredNow();
        var deleted = existing with { Revision = Guid.CreateVersion7(now), UpdatedAt = now, DeletedAt = now };
        return await store.UpdateAsync(deleted, existing.Revision, cancellationToken) switch
        {
            DialogWriteOutcome.Done => new DeleteDialogResult.Deleted(deleted),
            DialogWriteOutcome.Deleted => new DeleteDialogResult.AlreadyDeleted(OwnedDialogs.Gone(existing)),
            DialogWriteOutcome.NotFound => new DeleteDialogResult.NotFound(OwnedDialogs.Vanished(existing.Id)),
            _ => new DeleteDialogResult.RevisionMismatch(OwnedDialogs.ChangedMeanwhile(existing.Id)),
        };
    }
}
