namespace DialogTokens.DialogService.Dialogs;

/// <summary>Dialogporten's dialog statuses, written as these strings.</summary>
internal static class DialogStatus
{
    public const string NotApplicable = "NotApplicable";
    public const string InProgress = "InProgress";
    public const string Draft = "Draft";
    public const string Awaiting = "Awaiting";
    public const string RequiresAttention = "RequiresAttention";
    public const string Completed = "Completed";

    public static readonly IReadOnlyList<string> All = [NotApplicable, InProgress, Draft, Awaiting, RequiresAttention, Completed];

    /// <summary>Dialogporten's former names, still accepted on create and update and stored as their successors.</summary>
    public static readonly IReadOnlyDictionary<string, string> Legacy = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["New"] = NotApplicable,
        ["Sent"] = Awaiting,
    };

    /// <summary>The status to store for <paramref name="value"/>: <see cref="NotApplicable"/> when left out, a legacy name's successor, or null when unknown.</summary>
    public static string? Normalize(string? value) =>
        value is null ? NotApplicable
        : All.Contains(value) ? value
        : Legacy.GetValueOrDefault(value);
}

/// <summary>GUI action priorities and how many of each a dialog may have (Dialogporten's limits).</summary>
internal static class GuiActionPriority
{
    public const string Primary = "Primary";
    public const string Secondary = "Secondary";
    public const string Tertiary = "Tertiary";

    public static int Limit(string priority) => priority switch
    {
        Primary => 1,
        Secondary => 1,
        Tertiary => 5,
        _ => 0,
    };
}

/// <summary>The media types a dialog's content may have (Dialogporten's <c>MediaTypes</c>).</summary>
internal static class DialogMediaTypes
{
    public const string PlainText = "text/plain";
    public const string EmbedMarkdown = "application/vnd.dialogporten.frontchannelembed-url;type=text/markdown";
    public const string EmbedHtml = "application/vnd.dialogporten.frontchannelembed-url;type=text/html";

    // Deprecated spellings that Dialogporten still accepts and rewrites.
    public const string DeprecatedEmbedMarkdown = "application/vnd.dialogporten.frontchannelembed+json;type=markdown";
    public const string DeprecatedEmbedHtml = "application/vnd.dialogporten.frontchannelembed+json;type=html";

    /// <summary>The current spelling of an embed media type, or null when it is not one.</summary>
    public static string? NormalizeEmbed(string? mediaType) => mediaType switch
    {
        EmbedMarkdown or DeprecatedEmbedMarkdown => EmbedMarkdown,
        EmbedHtml or DeprecatedEmbedHtml => EmbedHtml,
        _ => null,
    };
}
