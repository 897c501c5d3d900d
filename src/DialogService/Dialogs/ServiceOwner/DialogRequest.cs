namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

// The service owner's request bodies, in Dialogporten's shapes for the fields we keep. Everything is nullable and
// enums are strings, so that the validator can list every violation at once instead of the JSON reader stopping at
// the first.

/// <summary>Creates (POST) or replaces (PUT) a dialog. On PUT, <c>id</c>, <c>serviceResource</c> and <c>party</c> may be left out.</summary>
public sealed class DialogRequest
{
    /// <summary>The dialog id, a UUID v7; chosen by the service when left out (create only).</summary>
    public Guid? Id { get; set; }

    /// <summary><c>urn:altinn:resource:&lt;id&gt;</c>, a resource the caller's organization owns. Cannot change.</summary>
    public string? ServiceResource { get; set; }

    /// <summary>Who the dialog is with: <c>urn:altinn:person:identifier-no:&lt;11 digits&gt;</c> or <c>urn:altinn:organization:identifier-no:&lt;9 digits&gt;</c>. Cannot change.</summary>
    public string? Party { get; set; }

    /// <summary>NotApplicable (the default), InProgress, Draft, Awaiting, RequiresAttention or Completed.</summary>
    public string? Status { get; set; }

    /// <summary>Title (required), summary, and an optional front-channel embed.</summary>
    public ContentRequest? Content { get; set; }

    /// <summary>Buttons in the end user's inbox; at most 1 Primary, 1 Secondary and 5 Tertiary.</summary>
    public IList<GuiActionRequest>? GuiActions { get; set; }

    /// <summary>Actions an end-user system may call.</summary>
    public IList<ApiActionRequest>? ApiActions { get; set; }
}

/// <summary>A dialog's content.</summary>
public sealed class ContentRequest
{
    /// <summary>Required; <c>text/plain</c>, at most 255 characters per language.</summary>
    public ContentValueRequest? Title { get; set; }

    /// <summary>Optional; <c>text/plain</c>, at most 255 characters per language.</summary>
    public ContentValueRequest? Summary { get; set; }

    /// <summary>Optional front-channel embed: an https URL per language with an embed media type.</summary>
    public ContentValueRequest? MainContentReference { get; set; }
}

/// <summary>A content value: one text per language, and its media type.</summary>
public sealed class ContentValueRequest
{
    /// <summary>At least one; one per language.</summary>
    public IList<LocalizationRequest>? Value { get; set; }

    /// <summary><c>text/plain</c> by default; an embed media type for <c>mainContentReference</c>.</summary>
    public string? MediaType { get; set; }
}

/// <summary>A text in one language.</summary>
public sealed class LocalizationRequest
{
    /// <summary>The text.</summary>
    public string? Value { get; set; }

    /// <summary>A two-letter ISO 639-1 code, e.g. <c>nb</c>, <c>nn</c>, <c>en</c>.</summary>
    public string? LanguageCode { get; set; }
}

/// <summary>A GUI action.</summary>
public sealed class GuiActionRequest
{
    /// <summary>A UUID v7; chosen by the service when left out.</summary>
    public Guid? Id { get; set; }

    /// <summary>The XACML action id, e.g. <c>write</c>; no ',' or ';'.</summary>
    public string? Action { get; set; }

    /// <summary>An https URL.</summary>
    public string? Url { get; set; }

    /// <summary>A sub-resource, task or other resource the action is authorized on; the main resource when left out.</summary>
    public string? AuthorizationAttribute { get; set; }

    /// <summary>Whether the action deletes the dialog; then its method must be DELETE.</summary>
    public bool IsDeleteDialogAction { get; set; }

    /// <summary>GET (navigation, the default), POST or DELETE (write actions).</summary>
    public string? HttpMethod { get; set; }

    /// <summary>Primary, Secondary or Tertiary.</summary>
    public string? Priority { get; set; }

    /// <summary>The button's text; at least one language.</summary>
    public IList<LocalizationRequest>? Title { get; set; }

    /// <summary>An optional confirmation prompt.</summary>
    public IList<LocalizationRequest>? Prompt { get; set; }
}

/// <summary>An API action.</summary>
public sealed class ApiActionRequest
{
    /// <summary>A UUID v7; chosen by the service when left out.</summary>
    public Guid? Id { get; set; }

    /// <summary>The XACML action id; no ',' or ';'.</summary>
    public string? Action { get; set; }

    /// <summary>An optional name for end-user systems.</summary>
    public string? Name { get; set; }

    /// <summary>As on a GUI action.</summary>
    public string? AuthorizationAttribute { get; set; }

    /// <summary>At least one.</summary>
    public IList<ApiActionEndpointRequest>? Endpoints { get; set; }
}

/// <summary>One endpoint of an API action.</summary>
public sealed class ApiActionEndpointRequest
{
    /// <summary>A UUID v7; chosen by the service when left out.</summary>
    public Guid? Id { get; set; }

    /// <summary>An optional version label.</summary>
    public string? Version { get; set; }

    /// <summary>An https URL.</summary>
    public string? Url { get; set; }

    /// <summary>GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, TRACE or CONNECT.</summary>
    public string? HttpMethod { get; set; }

    /// <summary>An optional https URL.</summary>
    public string? DocumentationUrl { get; set; }

    /// <summary>An optional https URL.</summary>
    public string? RequestSchema { get; set; }

    /// <summary>An optional https URL.</summary>
    public string? ResponseSchema { get; set; }

    /// <summary>Whether the endpoint is deprecated.</summary>
    public bool Deprecated { get; set; }

    /// <summary>When it stops working, if deprecated.</summary>
    public DateTimeOffset? SunsetAt { get; set; }
}
