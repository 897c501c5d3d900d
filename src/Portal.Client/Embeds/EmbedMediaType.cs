namespace DialogTokens.Portal.Client.Embeds;

/// <summary>What an embed's content is, read from the dialog's media type.</summary>
public enum EmbedKind
{
    /// <summary>A media type the portal does not embed.</summary>
    Unsupported,

    /// <summary><c>application/vnd.dialogporten.frontchannelembed-url;type=text/markdown</c>.</summary>
    Markdown,

    /// <summary><c>application/vnd.dialogporten.frontchannelembed-url;type=text/html</c> (legacy).</summary>
    Html,
}

/// <summary>The front-channel embed media types the portal recognizes, as Arbeidsflate does (reference §8.3): these two only.</summary>
public static class EmbedMediaType
{
    public const string Markdown = "application/vnd.dialogporten.frontchannelembed-url;type=text/markdown";
    public const string Html = "application/vnd.dialogporten.frontchannelembed-url;type=text/html";

    public static EmbedKind Parse(string? mediaType) => mediaType?.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() switch
    {
        Markdown => EmbedKind.Markdown,
        Html => EmbedKind.Html,
        _ => EmbedKind.Unsupported,
    };

    /// <summary>The <c>Accept</c> header for the embed's GET: its content type, or a problem.</summary>
    public static string AcceptOf(EmbedKind kind) => kind switch
    {
        EmbedKind.Markdown => "text/markdown, application/problem+json;q=0.5",
        EmbedKind.Html => "text/html, application/problem+json;q=0.5",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an embeddable kind."),
    };
}
