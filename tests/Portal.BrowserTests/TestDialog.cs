namespace DialogTokens.Portal.BrowserTests;

/// <summary>A dialog a test creates through the service-owner API: a VAT return like the demo's, with its own embed and actions.</summary>
public sealed record TestDialog(string Party, string Title, Uri Embed, string EmbedType = "text/markdown")
{
    public const string Fjelltopp = "urn:altinn:organization:identifier-no:310100013";
    public const string Kystlys = "urn:altinn:organization:identifier-no:310100048";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public IList<TestGuiAction> GuiActions { get; init; } = [];

    internal object ToRequest() => new
    {
        id = Id,
        serviceResource = "urn:altinn:resource:demo-mva-melding",
        party = Party,
        status = "RequiresAttention",
        content = new
        {
            title = new { value = new[] { new { value = Title, languageCode = "nb" }, new { value = Title + " (en)", languageCode = "en" } } },
            summary = new { value = new[] { new { value = "Laget av nettlesertestene.", languageCode = "nb" } } },
            mainContentReference = new
            {
                value = new[] { new { value = Embed.ToString(), languageCode = "nb" } },
                mediaType = $"application/vnd.dialogporten.frontchannelembed-url;type={EmbedType}",
            },
        },
        guiActions = GuiActions.Select(a => (object)new
        {
            action = a.Action,
            url = a.Url.ToString(),
            httpMethod = a.HttpMethod,
            priority = a.Priority,
            title = new[] { new { value = a.Title, languageCode = "nb" } },
        }).ToArray(),
    };
}

/// <summary>A GUI action of a <see cref="TestDialog"/>.</summary>
public sealed record TestGuiAction(string Action, Uri Url, string HttpMethod, string Priority, string Title);
