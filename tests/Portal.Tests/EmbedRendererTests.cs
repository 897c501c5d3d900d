using DialogTokens.Portal.Client.Embeds;

namespace DialogTokens.Portal.Tests;

/// <summary>Markdown as CommonMark with GFM pipe tables, HTML as it is; both sanitized.</summary>
public sealed class EmbedRendererTests
{
    private readonly EmbedRenderer renderer = new(new EmbedSanitizer());

    [Fact]
    public void Markdown_IsCommonMark()
    {
        var html = renderer.ToSafeHtml(EmbedKind.Markdown, "## Mva-melding\n\nDenne gjelder **Fjelltopp** og *deg*.\n\n- en\n- to\n\n1. tre\n\n> sitat\n\n`kode`\n\n---\n");

        Assert.Equal(
            "<h2>Mva-melding</h2>\n<p>Denne gjelder <strong>Fjelltopp</strong> og <em>deg</em>.</p>\n<ul>\n<li>en</li>\n<li>to</li>\n</ul>\n<ol>\n<li>tre</li>\n</ol>\n<blockquote>\n<p>sitat</p>\n</blockquote>\n<p><code>kode</code></p>\n<hr>\n",
            html);
    }

    [Fact]
    public void Markdown_PipeTable_IsATable_WithItsAlignment()
    {
        var html = renderer.ToSafeHtml(EmbedKind.Markdown, "| Post | Beløp |\n|:-----|------:|\n| Mva | 1 000 |\n");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<th align=\"left\">Post</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td align=\"right\">1 000</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    public void Markdown_RawHtml_StaysText(string raw)
    {
        var html = renderer.ToSafeHtml(EmbedKind.Markdown, "Før\n\n" + raw + "\n\nEtter " + raw);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[klikk](javascript:alert(1))")]
    [InlineData("[klikk](data:text/html,<script>alert(1)</script>)")]
    [InlineData("<javascript:alert(1)>")]
    public void Markdown_UnsafeLinks_LoseTheirHref(string markdown)
    {
        var html = renderer.ToSafeHtml(EmbedKind.Markdown, markdown);

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_Images_AreDropped()
    {
        Assert.Equal("<p>a  b</p>\n", renderer.ToSafeHtml(EmbedKind.Markdown, "a ![sporing](https://tracker.example/p.gif) b"));
    }

    [Fact]
    public void Markdown_GfmExtrasBeyondTables_AreNotEnabled()
    {
        // Strikethrough and task lists would render tags outside the allow-list: they stay text.
        var html = renderer.ToSafeHtml(EmbedKind.Markdown, "~~gammel~~\n\n- [x] gjort\n");

        Assert.Contains("~~gammel~~", html, StringComparison.Ordinal);
        Assert.Contains("[x] gjort", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_IsSanitized()
    {
        var html = renderer.ToSafeHtml(EmbedKind.Html, "<h2>Mva</h2><p onclick=\"x()\">Tekst</p><script>alert(1)</script>");

        Assert.Equal("<h2>Mva</h2><p>Tekst</p>", html);
    }

    [Theory]
    [InlineData(EmbedMediaType.Markdown, EmbedKind.Markdown)]
    [InlineData("application/vnd.dialogporten.frontchannelembed-url; type=text/markdown", EmbedKind.Markdown)]
    [InlineData(EmbedMediaType.Html, EmbedKind.Html)]
    [InlineData("application/vnd.dialogporten.frontchannelembed+json;type=markdown", EmbedKind.Unsupported)]
    [InlineData("text/markdown", EmbedKind.Unsupported)]
    [InlineData(null, EmbedKind.Unsupported)]
    public void MediaTypes_AreTheTwoArbeidsflateRecognizes(string? mediaType, EmbedKind kind)
    {
        Assert.Equal(kind, EmbedMediaType.Parse(mediaType));
    }
}
