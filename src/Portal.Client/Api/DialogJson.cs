namespace DialogTokens.Portal.Client.Api;

// The dialog service's end-user JSON (DESIGN.md §4, reference §6), kept to what the portal shows.

/// <summary>A localized text.</summary>
public sealed record Localization(string Value, string LanguageCode);

/// <summary>A content value: its localizations and media type.</summary>
public sealed record ContentValue(IReadOnlyList<Localization> Value, string? MediaType);

/// <summary>A front-channel embed reference, with its own decision.</summary>
public sealed record ContentReference(IReadOnlyList<Localization> Value, string MediaType, bool IsAuthorized);

/// <summary>The dialog's content.</summary>
public sealed record DialogContent(ContentValue Title, ContentValue? Summary, ContentReference? MainContentReference);

/// <summary>A GUI action with its decision; an unauthorized one's URL is <c>urn:dialogporten:unauthorized</c>.</summary>
public sealed record GuiAction(
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

/// <summary><c>GET /api/v1/enduser/dialogs/{id}</c>: the dialog, its actions and a fresh dialog token.</summary>
public sealed record DialogDetails(
    Guid Id,
    Guid Revision,
    string Org,
    string ServiceResource,
    string Party,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DialogContent Content,
    string DialogToken,
    IReadOnlyList<GuiAction> GuiActions);

/// <summary>One row of the dialog list.</summary>
public sealed record DialogListItem(
    Guid Id,
    Guid Revision,
    string Party,
    string Status,
    DateTimeOffset UpdatedAt,
    ContentValue Title,
    ContentValue? Summary);

/// <summary>A page of the dialog list; <see cref="ContinuationToken"/> fetches the next one.</summary>
public sealed record DialogList(IReadOnlyList<DialogListItem> Items, bool HasNextPage, string? ContinuationToken);

/// <summary>A party the user may act for.</summary>
public sealed record AuthorizedParty(string Party, string? Name, string PartyType, bool IsCurrentEndUser, IReadOnlyList<AuthorizedParty>? SubParties);

/// <summary><c>GET /api/v1/enduser/parties</c>.</summary>
public sealed record AuthorizedPartyList(IReadOnlyList<AuthorizedParty> AuthorizedParties);
