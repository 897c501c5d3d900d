namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>A dialog as its service owner sees it: everything stored, deleted ones included, no token.</summary>
internal sealed record ServiceOwnerDialogView(
    Guid Id,
    Guid Revision,
    string Org,
    string ServiceResource,
    string Party,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeletedAt,
    DialogContent Content,
    IReadOnlyList<GuiAction> GuiActions,
    IReadOnlyList<ApiAction> ApiActions)
{
    public static ServiceOwnerDialogView From(Dialog dialog) => new(
        dialog.Id, dialog.Revision, dialog.Org, dialog.ServiceResource, dialog.Party, dialog.Status, dialog.CreatedAt, dialog.UpdatedAt,
        dialog.DeletedAt, dialog.Document.Content, dialog.Document.GuiActions, dialog.Document.ApiActions);
}
