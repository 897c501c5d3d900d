using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Dialogs.Persistence;

namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>A service owner reads one of its dialogs, deleted ones too; no decision and no token: it owns them.</summary>
internal sealed class GetServiceOwnerDialog(DialogStore store)
{
    public async Task<GetServiceOwnerDialogResult> RunAsync(ServiceOwnerCaller owner, Guid dialogId, CancellationToken cancellationToken) =>
        await store.FindOwnedAsync(owner.OrganizationNumber, dialogId, cancellationToken) is { } dialog
            ? new GetServiceOwnerDialogResult.Found(dialog)
            : new GetServiceOwnerDialogResult.NotFound(OwnedDialogs.NotFound(owner.OrganizationNumber, dialogId));
}
