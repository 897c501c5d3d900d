using DialogTokens.Portal.Client.Embeds;

namespace DialogTokens.Portal.Tests;

/// <summary>Hostile embeds come out inert: Arbeidsflate's allow-list (reference §8.3) and nothing more.</summary>
public sealed class EmbedSanitizerTests
{
    private readonly EmbedSanitizer sanitizer = new();

    [Theory]
    [InlineData("<p>a</p><script>alert(1)</script><p>b</p>")]
    [InlineData("<p>a</p><SCRIPT SRC=//evil.example/x.js></SCRIPT><p>b</p>")]
    [InlineData("<p>a</p><script>document.write('<p>x</p>')</script><p>b</p>")]
    public void Script_IsRemovedWithItsContent(string html)
    {
        var safe = sanitizer.Sanitize(html);

        Assert.Equal("<p>a</p><p>b</p>", safe);
    }

    [Theory]
    [InlineData("<p onclick=\"alert(1)\">x</p>", "<p>x</p>")]
    [InlineData("<a href=\"https://ok.example/\" onmouseover=\"alert(1)\">x</a>", "<a href=\"https://ok.example/\" rel=\"noopener noreferrer\">x</a>")]
    [InlineData("<img src=x onerror=\"alert(1)\"><p>x</p>", "<p>x</p>")]
    [InlineData("<svg onload=\"alert(1)\"><circle r=\"1\"></circle></svg><p>x</p>", "<p>x</p>")]
    [InlineData("<body onload=\"alert(1)\"><p>x</p></body>", "<p>x</p>")]
    public void EventHandlers_AreRemoved(string html, string expected)
    {
        Assert.Equal(expected, sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    public void UnsafeLinks_LoseTheirHref(string href)
    {
        var safe = sanitizer.Sanitize($"<a href=\"{href}\">x</a>");

        Assert.DoesNotContain("href", safe, StringComparison.Ordinal);
        Assert.Contains(">x</a>", safe, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://skatteetaten.example/mva")]
    [InlineData("http://localhost:5090/dialogs/1")]
    [InlineData("mailto:post@example.no")]
    public void SafeLinks_KeepTheirHref_AndGetNoOpenerNoReferrer(string href)
    {
        var safe = sanitizer.Sanitize($"<a href=\"{href}\" title=\"Mer\" target=\"_top\" id=\"x\">x</a>");

        Assert.Equal($"<a href=\"{href}\" title=\"Mer\" rel=\"noopener noreferrer\">x</a>", safe);
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>")]
    [InlineData("<object data=\"x.swf\"></object>")]
    [InlineData("<embed src=\"x.swf\">")]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"pin\"><button>Send</button></form>")]
    [InlineData("<video src=\"x.mp4\"></video><audio src=\"x.mp3\"></audio>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">")]
    [InlineData("<base href=\"https://evil.example/\">")]
    public void ActiveContent_IsRemoved(string html)
    {
        Assert.Equal("<p>ok</p>", sanitizer.Sanitize(html + "<p>ok</p>"));
    }

    [Theory]
    [InlineData("<style>body { display: none }</style><p>ok</p>", "<p>ok</p>")]
    [InlineData("<p style=\"position: fixed; inset: 0; z-index: 9999\">ok</p>", "<p>ok</p>")]
    [InlineData("<p style=\"background: url(javascript:alert(1))\">ok</p>", "<p>ok</p>")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://evil.example/x.css\"><p>ok</p>", "<p>ok</p>")]
    [InlineData("<p class=\"overlay\">ok</p>", "<p>ok</p>")]
    public void Styles_CannotEscapeTheBox(string html, string expected)
    {
        Assert.Equal(expected, sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<div><p>inside</p></div>", "<p>inside</p>")]
    [InlineData("<font color=\"red\">text</font>", "text")]
    [InlineData("<section><h2>t</h2></section>", "<h2>t</h2>")]
    public void OtherTags_GiveWayToTheirContent(string html, string expected)
    {
        Assert.Equal(expected, sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<p id=\"location\">x</p>", "<p>x</p>")]
    [InlineData("<a name=\"cookie\" href=\"https://ok.example/\">x</a>", "<a href=\"https://ok.example/\" rel=\"noopener noreferrer\">x</a>")]
    [InlineData("<span data-x=\"1\" lang=\"nb\">x</span>", "<span>x</span>")]
    public void IdsNamesAndOtherAttributes_AreRemoved(string html, string expected)
    {
        Assert.Equal(expected, sanitizer.Sanitize(html));
    }

    [Fact]
    public void Code_KeepsItsLanguageClass_AndNothingElse()
    {
        Assert.Equal("<pre><code class=\"language-json\">{}</code></pre>", sanitizer.Sanitize("<pre class=\"x\"><code class=\"language-json\">{}</code></pre>"));
        Assert.Equal("<code>x</code>", sanitizer.Sanitize("<code class=\"overlay language-json\">x</code>"));
    }

    [Fact]
    public void TableCells_KeepTheirAlignment_AsAlign()
    {
        var safe = sanitizer.Sanitize("<table><tr><th style=\"text-align: center;\">a</th><td align=\"right\">b</td><td align=\"justify\" style=\"color: red\">c</td></tr></table>");

        Assert.Equal("<table><tbody><tr><th align=\"center\">a</th><td align=\"right\">b</td><td>c</td></tr></tbody></table>", safe);
    }

    [Fact]
    public void EveryAllowedTag_Survives()
    {
        foreach (var tag in EmbedSanitizer.AllowedTags.Where(t => t is not ("a" or "hr" or "br" or "table" or "thead" or "tbody" or "tr" or "td" or "th" or "li")))
        {
            Assert.Equal($"<{tag}>x</{tag}>", sanitizer.Sanitize($"<{tag}>x</{tag}>"));
        }

        Assert.Equal("<ul><li>x</li></ul><hr><br>", sanitizer.Sanitize("<ul><li>x</li></ul><hr><br>"));
    }
}
