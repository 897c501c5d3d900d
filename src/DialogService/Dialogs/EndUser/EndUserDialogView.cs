namespace DialogTokens.DialogService.Dialogs.EndUser;

// What GET /api/v1/enduser/dialogs/{id} returns: Dialogporten's DialogDto for the fields we keep (DESIGN.md §4).

/// <summary>A dialog as the end user sees it, with a decision on every action and a fresh dialog token.</summary>
internal sealed record EndUserDialogView(
    Guid Id,
    Guid Revision,
    string Org,
    string ServiceResource,
    string Party,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    EndUserContentView Content,
    string DialogToken,
    IReadOnlyList<EndUserGuiActionView> GuiActions,
    IReadOnlyList<EndUserApiActionView> ApiActions);

/// <summary>The content; the embed carries its own decision, as in Dialogporten.</summary>
internal sealed record EndUserContentView(ContentValue Title, ContentValue? Summary, EndUserContentReferenceView? MainContentReference);

/// <summary>A front-channel embed reference.</summary>
internal sealed record EndUserContentReferenceView(IReadOnlyList<Localization> Value, string MediaType, bool IsAuthorized);

/// <summary>A GUI action with its decision; an unauthorized one's URL is <see cref="EndUserDialogViews.Unauthorized"/>.</summary>
internal sealed record EndUserGuiActionView(
    Guid Id,
    string Action,
    string Url,
    string? AuthorizationAttribute,
    bool IsAuthorized,
    bool IsDeleteDialogAction,
    string Priority,
    string HttpMethod,
    IReadOnlyList<Localization> Title,
    IReadOnlyList<Localization>? Prompt);

/// <summary>An API action with its decision.</summary>
internal sealed record EndUserApiActionView(Guid Id, string Action, string? AuthorizationAttribute, bool IsAuthorized, string? Name, IReadOnlyList<ApiActionEndpoint> Endpoints);

/// <summary>One entry of the end user's dialog list.</summary>
internal sealed record EndUserDialogListItem(
    Guid Id,
    Guid Revision,
    string Org,
    string ServiceResource,
    string Party,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    ContentValue Title,
    ContentValue? Summary);

/// <summary>
/// The end user's dialog list, as Dialogporten's paginated list: <see cref="ContinuationToken"/> is null exactly when
/// <see cref="HasNextPage"/> is false, and is sent back as the <c>continuationToken</c> query parameter.
/// </summary>
internal sealed record EndUserDialogList(IReadOnlyList<EndUserDialogListItem> Items, bool HasNextPage, string? ContinuationToken);

/// <summary>Builds the views from a dialog and the permitted actions.</summary>
internal static class EndUserDialogViews
{
    /// <summary>What an unauthorized URL becomes (Dialogporten's <c>urn:dialogporten:unauthorized</c>).</summary>
    public const string Unauthorized = "urn:dialogporten:unauthorized";

    public static EndUserDialogView Create(Dialog dialog, AuthorizedActions authorized, string dialogToken)
    {
        var document = dialog.Document;
        var canRead = authorized.IsGranted("read");
        var embed = document.Content.MainContentReference is { } reference
            ? new EndUserContentReferenceView(canRead ? reference.Value : [.. reference.Value.Select(v => v with { Value = Unauthorized })], reference.MediaType, canRead)
            : null;

        var guiActions = document.GuiActions.Select(a =>
        {
            var granted = authorized.IsGranted(a.Action, a.AuthorizationAttribute);
            return new EndUserGuiActionView(
                a.Id, a.Action, granted ? a.Url : Unauthorized, a.AuthorizationAttribute, granted, a.IsDeleteDialogAction,
                a.Priority, a.HttpMethod, a.Title, a.Prompt);
        }).ToList();

        var apiActions = document.ApiActions.Select(a =>
        {
            var granted = authorized.IsGranted(a.Action, a.AuthorizationAttribute);
            var endpoints = granted ? a.Endpoints : [.. a.Endpoints.Select(e => e with { Url = Unauthorized })];
            return new EndUserApiActionView(a.Id, a.Action, a.AuthorizationAttribute, granted, a.Name, endpoints);
        }).ToList();

        return new EndUserDialogView(
            dialog.Id, dialog.Revision, dialog.Org, dialog.ServiceResource, dialog.Party, dialog.Status, dialog.CreatedAt, dialog.UpdatedAt,
            new EndUserContentView(document.Content.Title, document.Content.Summary, embed), dialogToken, guiActions, apiActions);
    }

    public static EndUserDialogListItem ListItem(Dialog dialog) => new(
        dialog.Id, dialog.Revision, dialog.Org, dialog.ServiceResource, dialog.Party, dialog.Status, dialog.CreatedAt, dialog.UpdatedAt,
        dialog.Document.Content.Title, dialog.Document.Content.Summary);
}
