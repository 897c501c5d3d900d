using Markdig;

namespace DialogTokens.Portal.Client.Embeds;

/// <summary>
/// Turns an embed's body into safe HTML. Markdown is CommonMark with GFM pipe tables only (Arbeidsflate's remark-gfm
/// output is then cut to the allow-list, so strikethrough, task lists and footnotes would not survive anyway); raw HTML
/// inside markdown stays text, as remark leaves it without rehype-raw. Both kinds go through <see cref="EmbedSanitizer"/>.
/// </summary>
public sealed class EmbedRenderer(EmbedSanitizer sanitizer)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    public string ToSafeHtml(EmbedKind kind, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var html = kind switch
        {
            EmbedKind.Markdown => Markdown.ToHtml(body, Pipeline),
            EmbedKind.Html => body,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an embeddable kind."),
        };
        return sanitizer.Sanitize(html);
    }
}
