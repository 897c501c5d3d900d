namespace DialogTokens.DialogService.Dialogs;

/// <summary>A dialog as stored: who it is for, which service resource governs it, and what it shows and offers.</summary>
/// <param name="Id">The dialog id, a UUID v7.</param>
/// <param name="Revision">Changes on every write; the <c>ETag</c>.</param>
/// <param name="ServiceResource"><c>urn:altinn:resource:&lt;id&gt;</c>.</param>
/// <param name="Party">Who the dialog is with: a person or organization URN.</param>
/// <param name="Org">The service owner's short org code, e.g. <c>ttd</c>.</param>
/// <param name="ServiceOwner">The service owner's organization number.</param>
/// <param name="Status">One of <see cref="DialogStatus.All"/>.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="DeletedAt">When it was (soft) deleted, or null.</param>
/// <param name="Document">Content and actions.</param>
internal sealed record Dialog(
    Guid Id,
    Guid Revision,
    string ServiceResource,
    string Party,
    string Org,
    string ServiceOwner,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeletedAt,
    DialogDocument Document)
{
    public bool IsDeleted => DeletedAt is not null;
}

/// <summary>What a dialog shows and offers; stored as one JSON document.</summary>
internal sealed record DialogDocument(DialogContent Content, IReadOnlyList<GuiAction> GuiActions, IReadOnlyList<ApiAction> ApiActions)
{
    /// <summary>
    /// Every (action, authorization attribute) pair the dialog carries, plus <c>read</c> on the main resource, without
    /// repeats: what the PDP is asked about and what the token's <c>a</c> may list (DESIGN.md §3).
    /// </summary>
    public IReadOnlyList<DialogAction> AuthorizationPairs() => Pairs(GuiActions, ApiActions);

    /// <summary>
    /// The pairs of these actions. Never throws: a stored action that cannot be written into the <c>a</c> claim (an
    /// empty name, ',' or ';' in it, ';' in its attribute; only values that bypassed validation) is left out, and so
    /// is never authorized.
    /// </summary>
    public static IReadOnlyList<DialogAction> Pairs(IEnumerable<GuiAction> guiActions, IEnumerable<ApiAction> apiActions)
    {
        var pairs = new List<DialogAction> { new("read") };
        foreach (var (name, attribute) in guiActions.Select(a => (a.Action, a.AuthorizationAttribute)).Concat(apiActions.Select(a => (a.Action, a.AuthorizationAttribute))))
        {
            if (string.IsNullOrEmpty(name) || name.AsSpan().IndexOfAny(',', ';') >= 0 || attribute?.Contains(';', StringComparison.Ordinal) == true)
            {
                continue;
            }

            // A bare attribute and urn:altinn:subresource: with the same value are one pair (DialogAction.HasSameAttributeAs).
            var pair = new DialogAction(name, attribute);
            if (!pairs.Exists(p => p.Name == pair.Name && p.HasSameAttributeAs(pair.AuthorizationAttribute)))
            {
                pairs.Add(pair);
            }
        }

        return pairs;
    }
}

/// <summary>A localized text.</summary>
internal sealed record Localization(string Value, string LanguageCode);

/// <summary>A content value: its localizations and media type.</summary>
internal sealed record ContentValue(IReadOnlyList<Localization> Value, string MediaType);

/// <summary>The dialog's content: title, summary, and an optional front-channel embed.</summary>
internal sealed record DialogContent(ContentValue Title, ContentValue? Summary, ContentValue? MainContentReference);

/// <summary>A GUI action: a button in the end user's inbox.</summary>
internal sealed record GuiAction(
    Guid Id,
    string Action,
    string Url,
    string? AuthorizationAttribute,
    bool IsDeleteDialogAction,
    string HttpMethod,
    string Priority,
    IReadOnlyList<Localization> Title,
    IReadOnlyList<Localization>? Prompt);

/// <summary>An API action: what an end-user system may call.</summary>
internal sealed record ApiAction(Guid Id, string Action, string? Name, string? AuthorizationAttribute, IReadOnlyList<ApiActionEndpoint> Endpoints);

/// <summary>One endpoint of an API action.</summary>
internal sealed record ApiActionEndpoint(
    Guid Id,
    string? Version,
    string Url,
    string HttpMethod,
    string? DocumentationUrl,
    string? RequestSchema,
    string? ResponseSchema,
    bool Deprecated,
    DateTimeOffset? SunsetAt);
