using DialogTokens.DialogService.Dialogs;
using DialogTokens.DialogService.Dialogs.ServiceOwner;

namespace DialogTokens.DialogService.Tests.Dialogs;

/// <summary>Service-owner requests for the validator tests: one that passes every rule, built fresh for each test.</summary>
internal static class DialogRequests
{
    public const string Resource = "urn:altinn:resource:super-simple-service";
    public const string Person = "urn:altinn:person:identifier-no:12858012307";

    /// <summary>
    /// Valid, and using every normalization: no ids, no status, no method on the first GUI action, the deprecated
    /// markdown embed media type, and <c>main</c> as an authorization attribute.
    /// </summary>
    public static DialogRequest Valid() => new()
    {
        ServiceResource = Resource,
        Party = Person,
        Content = new()
        {
            Title = new() { Value = [Text("Søknad om støtte", "nb"), Text("Application for support", "en")] },
            Summary = new() { Value = [Text("Sendt inn, venter på svar", "nb")], MediaType = DialogMediaTypes.PlainText },
            MainContentReference = new() { Value = [Text("https://sp.example/embed/1", "nb")], MediaType = DialogMediaTypes.DeprecatedEmbedMarkdown },
        },
        GuiActions =
        [
            new() { Action = "write", Url = "https://sp.example/open/1", Priority = GuiActionPriority.Primary, Title = [Text("Åpne", "nb")] },
            new()
            {
                Action = "read", Url = "https://sp.example/read/1", AuthorizationAttribute = DialogAction.MainResource, HttpMethod = "GET",
                Priority = GuiActionPriority.Secondary, Title = [Text("Les", "nb")],
            },
            new()
            {
                Action = "delete", Url = "https://sp.example/delete/1", AuthorizationAttribute = "urn:altinn:task:Task_1", IsDeleteDialogAction = true,
                HttpMethod = "DELETE", Priority = GuiActionPriority.Tertiary, Title = [Text("Slett", "nb")], Prompt = [Text("Er du sikker?", "nb")],
            },
        ],
        ApiActions =
        [
            new()
            {
                Action = "write", Name = "submit",
                Endpoints =
                [
                    new()
                    {
                        Version = "v1", Url = "https://sp.example/api/submit", HttpMethod = "POST", DocumentationUrl = "https://sp.example/docs",
                        RequestSchema = "https://sp.example/schema/request.json", ResponseSchema = "https://sp.example/schema/response.json",
                    },
                ],
            },
        ],
    };

    public static LocalizationRequest Text(string value, string languageCode) => new() { Value = value, LanguageCode = languageCode };

    public static GuiActionRequest Tertiary(int n) => new()
    {
        Action = "read", Url = $"https://sp.example/extra/{n}", Priority = GuiActionPriority.Tertiary, Title = [Text($"Ekstra {n}", "nb")],
    };
}
