using DialogTokens.DialogService.Dialogs;

namespace DialogTokens.DialogService.Tests.Dialogs;

/// <summary>Stored dialogs for the document, view and store tests, with every field set.</summary>
internal static class TestDialogs
{
    public const string Resource = "urn:altinn:resource:super-simple-service";
    public const string Person = "urn:altinn:person:identifier-no:12858012307";
    public const string Organization = "urn:altinn:organization:identifier-no:310100013";

    // Whole milliseconds: what the store keeps.
    public static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_748_852_400_123);

    public static Dialog Create(string party = Person, DateTimeOffset? createdAt = null, DialogDocument? document = null)
    {
        var at = createdAt ?? T0;
        return new Dialog(
            Guid.CreateVersion7(at), Guid.CreateVersion7(at), Resource, party, "ttd", "991825827", DialogStatus.InProgress, at, at, null,
            document ?? Document());
    }

    public static DialogDocument Document() => new(
        new DialogContent(
            new ContentValue([new("Søknad om støtte", "nb"), new("Application for support", "en")], DialogMediaTypes.PlainText),
            new ContentValue([new("Sendt inn", "nb")], DialogMediaTypes.PlainText),
            new ContentValue([new("https://sp.example/embed/1", "nb")], DialogMediaTypes.EmbedMarkdown)),
        [
            Gui("write", null, "https://sp.example/open/1", GuiActionPriority.Primary, "POST"),
            Gui("delete", "urn:altinn:task:Task_1", "https://sp.example/delete/1", GuiActionPriority.Secondary, "DELETE", isDelete: true),
            Gui("sign", "x", "https://sp.example/sign/1", GuiActionPriority.Tertiary, "GET"),
        ],
        [
            new ApiAction(Guid.CreateVersion7(T0), "write", "submit", null,
            [
                new ApiActionEndpoint(
                    Guid.CreateVersion7(T0), "v1", "https://sp.example/api/submit", "POST", "https://sp.example/docs",
                    "https://sp.example/schema/request.json", "https://sp.example/schema/response.json", Deprecated: true, SunsetAt: T0.AddDays(30)),
                new ApiActionEndpoint(Guid.CreateVersion7(T0), null, "https://sp.example/api/v2/submit", "PUT", null, null, null, false, null),
            ]),
            new ApiAction(Guid.CreateVersion7(T0), "read", null, "urn:altinn:subresource:attachments",
                [new ApiActionEndpoint(Guid.CreateVersion7(T0), null, "https://sp.example/api/attachments", "GET", null, null, null, false, null)]),
        ]);

    public static GuiAction Gui(string action, string? attribute, string url, string priority = GuiActionPriority.Tertiary, string method = "GET", bool isDelete = false) =>
        new(Guid.CreateVersion7(T0), action, url, attribute, isDelete, method, priority, [new(action, "nb")], isDelete ? [new("Er du sikker?", "nb")] : null);
}
