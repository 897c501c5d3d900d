using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using DialogTokens.Authorization;

namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>
/// Checks a service owner's dialog against Dialogporten's rules and lists every violation, keyed by JSON path
/// (<c>guiActions[1].url</c>). Pure: it reads no database; ownership and existence are checked by the caller.
/// </summary>
internal sealed partial class DialogRequestValidator(DialogValidationOptions options, TimeProvider timeProvider)
{
    internal const int MaxTextLength = 255;
    internal const int MaxUrlLength = 1023;

    /// <summary>The path under which rules about all actions together are reported.</summary>
    internal const string ActionsPath = "actions";
    private const string PersonPrefix = AltinnXacml.PersonIdentifier + ":";
    private const string OrganizationPrefix = AltinnXacml.OrganizationIdentifier + ":";
    private static readonly string[] GuiMethods = ["GET", "POST", "DELETE"];
    private static readonly string[] ApiMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT"];

    /// <summary>Validates a create (<paramref name="existing"/> null) or a replace of <paramref name="existing"/>.</summary>
    public bool TryValidate(DialogRequest? request, Dialog? existing, bool allowLegacyHtml, [NotNullWhen(true)] out ValidatedDialog? dialog, out Dictionary<string, string[]> errors)
    {
        var problems = new Problems();
        dialog = null;
        if (request is null)
        {
            problems.Add("", "The body must be a JSON object.");
            errors = problems.ToDictionary();
            return false;
        }

        var serviceResource = existing is null ? CheckServiceResource(request.ServiceResource, problems) : CheckUnchanged("serviceResource", request.ServiceResource, existing.ServiceResource, problems);
        var party = existing is null ? CheckParty(request.Party, problems) : CheckUnchanged("party", request.Party, existing.Party, problems);
        if (request.Id is { } id)
        {
            if (existing is not null && id != existing.Id)
            {
                problems.Add("id", "The id cannot change; leave it out or give the dialog's own.");
            }
            else if (existing is null)
            {
                CheckUuid7("id", id, problems);
            }
        }

        var status = DialogStatus.Normalize(request.Status);
        if (status is null)
        {
            problems.Add("status", $"Must be one of {string.Join(", ", DialogStatus.All)}, or the legacy {string.Join(" or ", DialogStatus.Legacy.Keys)} (was '{Quote(request.Status)}').");
        }

        var content = CheckContent(request.Content, allowLegacyHtml, problems);
        var ids = new HashSet<Guid>();
        var guiActions = CheckGuiActions(request.GuiActions ?? [], ids, problems);
        var apiActions = CheckApiActions(request.ApiActions ?? [], ids, problems);
        CheckLimits(guiActions, apiActions, problems);

        errors = problems.ToDictionary();
        if (errors.Count > 0)
        {
            return false;
        }

        dialog = new ValidatedDialog(existing?.Id ?? request.Id, serviceResource!, party!, status!, new DialogDocument(content!, guiActions, apiActions));
        return true;
    }

    /// <summary>Bounds that keep the dialog decidable and its token verifiable (<see cref="DialogLimits"/>).</summary>
    private static void CheckLimits(List<GuiAction> guiActions, List<ApiAction> apiActions, Problems problems)
    {
        if (apiActions.Count > DialogLimits.MaxApiActions)
        {
            problems.Add("apiActions", $"At most {DialogLimits.MaxApiActions} API actions (was {apiActions.Count}).");
        }

        var pairs = DialogDocument.Pairs(guiActions, apiActions);
        if (pairs.Count > DialogLimits.MaxAuthorizationPairs)
        {
            problems.Add(ActionsPath, $"At most {DialogLimits.MaxAuthorizationPairs} distinct (action, authorizationAttribute) pairs, read included (was {pairs.Count}).");
        }

        var bytes = ActionsClaimBytes(pairs);
        if (bytes > DialogLimits.MaxActionsClaimBytes)
        {
            problems.Add(ActionsPath, $"The actions and authorization attributes take {bytes} bytes in a dialog token's a claim; at most {DialogLimits.MaxActionsClaimBytes} fit. Use fewer or shorter ones.");
        }
    }

    /// <summary>The bytes of the <c>a</c> claim when every pair is permitted, JSON-escaped as the issuer writes it.</summary>
    internal static int ActionsClaimBytes(IReadOnlyList<DialogAction> pairs) =>
        System.Text.Json.JsonEncodedText.Encode(AuthorizedActions.Create(pairs).ToString()).EncodedUtf8Bytes.Length;

    private static string? CheckServiceResource(string? value, Problems problems)
    {
        if (string.IsNullOrEmpty(value))
        {
            problems.Add("serviceResource", "Required: urn:altinn:resource:<id>.");
            return null;
        }

        if (!ResourceUrn().IsMatch(value))
        {
            problems.Add("serviceResource", $"Must be urn:altinn:resource:<id>, the id of lower-case letters, digits, '-' and '_', at most {MaxTextLength} characters (was '{Quote(value)}').");
        }

        return value;
    }

    private static string? CheckParty(string? value, Problems problems)
    {
        if (string.IsNullOrEmpty(value))
        {
            problems.Add("party", $"Required: {PersonPrefix}<11 digits> or {OrganizationPrefix}<9 digits>.");
            return null;
        }

        var valid = value.StartsWith(PersonPrefix, StringComparison.Ordinal)
            ? Identifiers.IsPersonIdentifier(value.AsSpan(PersonPrefix.Length))
            : value.StartsWith(OrganizationPrefix, StringComparison.Ordinal) && Identifiers.IsOrganizationNumber(value.AsSpan(OrganizationPrefix.Length));
        if (!valid)
        {
            problems.Add("party", $"Must be {PersonPrefix}<11 digits> or {OrganizationPrefix}<9 digits> with a valid mod 11 check digit (was '{Quote(value)}').");
        }

        return value;
    }

    private static string CheckUnchanged(string field, string? value, string current, Problems problems)
    {
        if (value is not null && value != current)
        {
            problems.Add(field, $"Cannot change (is '{current}'); leave it out or give the same value.");
        }

        return current;
    }

    private DialogContent? CheckContent(ContentRequest? content, bool allowLegacyHtml, Problems problems)
    {
        if (content is null)
        {
            problems.Add("content", "Required, with at least a title.");
            return null;
        }

        var title = CheckText("content.title", content.Title, required: true, problems);
        var summary = CheckText("content.summary", content.Summary, required: false, problems);
        ContentValue? embed = null;
        if (content.MainContentReference is { } reference)
        {
            var mediaType = DialogMediaTypes.NormalizeEmbed(reference.MediaType);
            if (mediaType is null)
            {
                problems.Add("content.mainContentReference.mediaType", $"Must be {DialogMediaTypes.EmbedMarkdown} (or {DialogMediaTypes.EmbedHtml}) (was '{Quote(reference.MediaType)}').");
            }
            else if (mediaType == DialogMediaTypes.EmbedHtml && !allowLegacyHtml)
            {
                problems.Add("content.mainContentReference.mediaType", "HTML embeds need the scope digdir:dialogporten.serviceprovider.legacyhtml; use the markdown embed.");
            }

            var urls = CheckLocalizations("content.mainContentReference.value", reference.Value, MaxUrlLength, problems);
            for (var i = 0; i < urls.Count; i++)
            {
                CheckUrl($"content.mainContentReference.value[{i}].value", urls[i].Value, problems);
            }

            embed = new ContentValue(urls, mediaType ?? "");
        }

        return title is null ? null : new DialogContent(title, summary, embed);
    }

    private static ContentValue? CheckText(string path, ContentValueRequest? value, bool required, Problems problems)
    {
        if (value is null)
        {
            if (required)
            {
                problems.Add(path, "Required.");
            }

            return null;
        }

        var mediaType = value.MediaType ?? DialogMediaTypes.PlainText;
        if (mediaType != DialogMediaTypes.PlainText)
        {
            problems.Add(path + ".mediaType", $"Must be {DialogMediaTypes.PlainText} (was '{Quote(value.MediaType)}').");
        }

        return new ContentValue(CheckLocalizations(path + ".value", value.Value, MaxTextLength, problems), mediaType);
    }

    private static List<Localization> CheckLocalizations(
        string path, IList<LocalizationRequest>? values, int maxLength, Problems problems, bool refuseControlCharacters = false)
    {
        var result = new List<Localization>();
        if (values is null || values.Count == 0)
        {
            problems.Add(path, "At least one localization is required.");
            return result;
        }

        var languages = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var (value, language) = (values[i]?.Value, values[i]?.LanguageCode);
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{path}[{i}].value", "Required, not blank.");
            }
            else if (value.Length > maxLength)
            {
                problems.Add($"{path}[{i}].value", $"At most {maxLength} characters (was {value.Length}).");
            }
            else if (refuseControlCharacters && HasControlCharacter(value))
            {
                problems.Add($"{path}[{i}].value", "Must not contain control characters (Unicode category Cc: line breaks, tabs, escapes).");
            }

            if (language is null || !LanguageCode().IsMatch(language))
            {
                problems.Add($"{path}[{i}].languageCode", $"Must be a two-letter ISO 639-1 code such as nb, nn or en (was '{Quote(language)}').");
            }
            else if (!languages.Add(language))
            {
                problems.Add($"{path}[{i}].languageCode", $"'{language}' appears more than once.");
            }

            result.Add(new Localization(value ?? "", language ?? ""));
        }

        return result;
    }

    private List<GuiAction> CheckGuiActions(IList<GuiActionRequest> actions, HashSet<Guid> ids, Problems problems)
    {
        var result = new List<GuiAction>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var path = $"guiActions[{i}]";
            if (actions[i] is not { } action)
            {
                problems.Add(path, "Must be an object.");
                continue;
            }

            var (name, attribute) = CheckAction(path, action.Action, action.AuthorizationAttribute, problems);
            CheckUrl(path + ".url", action.Url, problems);
            var method = action.HttpMethod ?? "GET";
            if (!GuiMethods.Contains(method))
            {
                problems.Add(path + ".httpMethod", $"Must be GET, POST or DELETE (was '{Quote(action.HttpMethod)}').");
            }
            else if (action.IsDeleteDialogAction && method != "DELETE")
            {
                problems.Add(path + ".httpMethod", "A delete-dialog action must use DELETE.");
            }

            var priority = action.Priority ?? "";
            if (GuiActionPriority.Limit(priority) == 0)
            {
                problems.Add(path + ".priority", $"Must be Primary, Secondary or Tertiary (was '{Quote(action.Priority)}').");
            }
            else if ((counts[priority] = counts.GetValueOrDefault(priority) + 1) == GuiActionPriority.Limit(priority) + 1)
            {
                problems.Add("guiActions", $"At most {GuiActionPriority.Limit(priority)} {priority} GUI action{(GuiActionPriority.Limit(priority) == 1 ? "" : "s")}.");
            }

            var title = CheckLocalizations(path + ".title", action.Title, MaxTextLength, problems, refuseControlCharacters: true);
            var prompt = action.Prompt is null ? null : CheckLocalizations(path + ".prompt", action.Prompt, MaxTextLength, problems, refuseControlCharacters: true);
            result.Add(new GuiAction(
                Id(path, action.Id, ids, problems), name, action.Url ?? "", attribute, action.IsDeleteDialogAction,
                method, priority, title, prompt));
        }

        return result;
    }

    private List<ApiAction> CheckApiActions(IList<ApiActionRequest> actions, HashSet<Guid> ids, Problems problems)
    {
        var result = new List<ApiAction>();
        for (var i = 0; i < actions.Count; i++)
        {
            var path = $"apiActions[{i}]";
            if (actions[i] is not { } action)
            {
                problems.Add(path, "Must be an object.");
                continue;
            }

            var (name, attribute) = CheckAction(path, action.Action, action.AuthorizationAttribute, problems);
            if (action.Name is { Length: > MaxTextLength })
            {
                problems.Add(path + ".name", $"At most {MaxTextLength} characters.");
            }
            else if (action.Name is not null && HasControlCharacter(action.Name))
            {
                problems.Add(path + ".name", "Must not contain control characters (Unicode category Cc).");
            }

            var endpoints = new List<ApiActionEndpoint>();
            if (action.Endpoints is null || action.Endpoints.Count == 0)
            {
                problems.Add(path + ".endpoints", "At least one endpoint is required.");
            }
            else
            {
                for (var j = 0; j < action.Endpoints.Count; j++)
                {
                    endpoints.Add(CheckEndpoint($"{path}.endpoints[{j}]", action.Endpoints[j], ids, problems));
                }
            }

            result.Add(new ApiAction(Id(path, action.Id, ids, problems), name, action.Name, attribute, endpoints));
        }

        return result;
    }

    private ApiActionEndpoint CheckEndpoint(string path, ApiActionEndpointRequest? endpoint, HashSet<Guid> ids, Problems problems)
    {
        if (endpoint is null)
        {
            problems.Add(path, "Must be an object.");
            return new ApiActionEndpoint(Guid.Empty, null, "", "", null, null, null, false, null);
        }

        CheckUrl(path + ".url", endpoint.Url, problems);
        if (endpoint.HttpMethod is null || !ApiMethods.Contains(endpoint.HttpMethod))
        {
            problems.Add(path + ".httpMethod", $"Must be one of {string.Join(", ", ApiMethods)} (was '{Quote(endpoint.HttpMethod)}').");
        }

        foreach (var (field, url) in new[] { ("documentationUrl", endpoint.DocumentationUrl), ("requestSchema", endpoint.RequestSchema), ("responseSchema", endpoint.ResponseSchema) })
        {
            if (url is not null)
            {
                CheckUrl($"{path}.{field}", url, problems);
            }
        }

        if (endpoint.Version is { Length: > MaxTextLength })
        {
            problems.Add(path + ".version", $"At most {MaxTextLength} characters.");
        }
        else if (endpoint.Version is not null && HasControlCharacter(endpoint.Version))
        {
            problems.Add(path + ".version", "Must not contain control characters (Unicode category Cc).");
        }

        return new ApiActionEndpoint(
            Id(path, endpoint.Id, ids, problems), endpoint.Version, endpoint.Url ?? "", endpoint.HttpMethod ?? "", endpoint.DocumentationUrl,
            endpoint.RequestSchema, endpoint.ResponseSchema, endpoint.Deprecated, endpoint.SunsetAt);
    }

    /// <summary>The action's name and its attribute as stored: null for the main resource, else <see cref="StoredAttribute"/>.</summary>
    private static (string Name, string? Attribute) CheckAction(string path, string? action, string? attribute, Problems problems)
    {
        // These characters would corrupt the token's a claim (DESIGN.md §1): ';' separates pairs, ',' action from
        // attribute. Control characters break out of the markdown and logs that show an action.
        if (string.IsNullOrWhiteSpace(action))
        {
            problems.Add(path + ".action", "Required: the XACML action id, e.g. read or write.");
        }
        else if (action.Length > MaxTextLength || action.AsSpan().IndexOfAny(',', ';') >= 0 || action.Trim() != action || HasControlCharacter(action))
        {
            problems.Add(path + ".action", $"At most {MaxTextLength} characters, without ',', ';', control characters or surrounding spaces (was '{Quote(action)}').");
        }

        // Dialogporten's format; it also keeps out every party and subject type, so no attribute changes the party.
        if (attribute is null or DialogAction.MainResource)
        {
            return (action ?? "", null);
        }

        if (!AuthorizationAttribute.TryParse(attribute, out var parsed, out var problem))
        {
            problems.Add(path + ".authorizationAttribute", $"{problem} (was '{Quote(attribute)}')");
            return (action ?? "", attribute);
        }

        return (action ?? "", StoredAttribute(attribute, parsed));
    }

    // The decision point reads the type in any case, but the token's a claim carries the attribute as stored and a
    // service provider compares it exactly (DialogAction.HasSameAttributeAs): so the urn:altinn:<type>: prefix is
    // stored in lower case, the name as written, and a bare name (a sub-resource) as written.
    private static string StoredAttribute(string written, AuthorizationAttribute parsed) =>
        written.Contains(':', StringComparison.Ordinal) ? parsed.Urn : written;

    private static bool HasControlCharacter(string value) => value.Any(char.IsControl);

    // A refused value, as the project quotes untrusted text: it may be long or hold control characters.
    private static string Quote(string? value) => UntrustedText.Quote(value, 64);

    private Guid Id(string path, Guid? given, HashSet<Guid> ids, Problems problems)
    {
        var id = given ?? Guid.CreateVersion7(timeProvider.GetUtcNow());
        if (given is { } value)
        {
            CheckUuid7(path + ".id", value, problems);
        }

        if (!ids.Add(id))
        {
            problems.Add(path + ".id", $"The id {id} is used twice in this dialog.");
        }

        return id;
    }

    private static void CheckUuid7(string path, Guid id, Problems problems)
    {
        if (id.Version != 7)
        {
            problems.Add(path, $"Must be a UUID v7 (was version {id.Version}).");
        }
    }

    private void CheckUrl(string path, string? value, Problems problems)
    {
        if (string.IsNullOrEmpty(value))
        {
            problems.Add(path, "Required: an https URL.");
            return;
        }

        if (value.Length > MaxUrlLength)
        {
            problems.Add(path, $"At most {MaxUrlLength} characters (was {value.Length}).");
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && options.AllowHttpLoopbackUrls && uri.IsLoopback)))
        {
            problems.Add(path, options.AllowHttpLoopbackUrls
                ? $"Must be an absolute https URL, or http on a loopback host (was '{Quote(value)}')."
                : $"Must be an absolute https URL (was '{Quote(value)}').");
        }
    }

    [GeneratedRegex("^urn:altinn:resource:[a-z0-9_-]{1,235}\\z")]
    private static partial Regex ResourceUrn();

    [GeneratedRegex("^[a-z]{2}\\z")]
    private static partial Regex LanguageCode();

    /// <summary>Violations by path, in the order found.</summary>
    private sealed class Problems
    {
        private readonly Dictionary<string, List<string>> _byPath = new(StringComparer.Ordinal);

        public void Add(string path, string message)
        {
            if (!_byPath.TryGetValue(path, out var list))
            {
                _byPath[path] = list = [];
            }

            if (!list.Contains(message))
            {
                list.Add(message);
            }
        }

        public Dictionary<string, string[]> ToDictionary() => _byPath.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
