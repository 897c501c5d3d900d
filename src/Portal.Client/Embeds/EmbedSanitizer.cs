using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;

namespace DialogTokens.Portal.Client.Embeds;

/// <summary>
/// Makes embed HTML (rendered markdown, or an HTML embed) safe to put in the page, to Arbeidsflate's allow-list
/// (reference §8.3): CommonMark's basic tags plus span and tables; <c>a[href|title]</c>, <c>code.language-*</c>,
/// <c>td/th[align]</c>; only http, https and mailto links. Everything else goes: script, style (elements and
/// attributes, so nothing can escape the embed's box), iframes, forms, media, event handlers, ids and names (no DOM
/// clobbering). Links open nothing with the portal as opener and send no referrer.
/// </summary>
public sealed partial class EmbedSanitizer
{
    /// <summary>The tags that survive (reference §5.2 and §8.3).</summary>
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "em", "strong", "ul", "ol", "li", "a", "code", "pre", "blockquote", "hr", "br",
        "h1", "h2", "h3", "h4", "h5", "h6", "span", "table", "thead", "tbody", "tr", "td", "th",
    };

    /// <summary>The link schemes that survive: rehype-sanitize's safe defaults for an inbox.</summary>
    public static readonly IReadOnlySet<string> AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" };

    // Removed with everything inside them; other disallowed tags (div, font, …) give way to their content.
    private static readonly HashSet<string> RemovedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed", "template",
        "svg", "math", "textarea", "select", "option", "button", "title", "head", "meta", "link", "base", "video", "audio",
        "canvas", "img", "picture", "source", "track", "form", "input",
    };

    private readonly HtmlSanitizer sanitizer;

    public EmbedSanitizer()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "class", "align" },
            AllowedSchemes = new HashSet<string>(AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        })
        {
            KeepChildNodes = true,
            AllowDataAttributes = false,
        };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (RemovedWithContent.Contains(e.Tag.LocalName))
            {
                while (e.Tag.FirstChild is { } child)
                {
                    e.Tag.RemoveChild(child);
                }
            }
        };

        // A markdown table's alignment comes as style="text-align: …", which goes: keep it as align.
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Attribute.LocalName == "style" && e.Tag.LocalName is "td" or "th" && TextAlign().Match(e.Attribute.Value) is { Success: true } align)
            {
                e.Tag.SetAttribute("align", align.Groups[1].Value.ToLowerInvariant());
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element)
            {
                KeepOnlyAllowedAttributes(element);
            }
        };
    }

    /// <summary>The safe HTML of <paramref name="html"/>.</summary>
    public string Sanitize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return sanitizer.Sanitize(html);
    }

    private static void KeepOnlyAllowedAttributes(IElement element)
    {
        foreach (var attribute in element.Attributes.ToList())
        {
            var keep = (element.LocalName, attribute.LocalName) switch
            {
                ("a", "href" or "title") => true,
                ("code", "class") => LanguageClass().IsMatch(attribute.Value),
                ("td" or "th", "align") => attribute.Value is "left" or "right" or "center",
                _ => false,
            };
            if (!keep)
            {
                element.RemoveAttribute(attribute.Name);
            }
        }

        if (element.LocalName == "a")
        {
            element.SetAttribute("rel", "noopener noreferrer");
        }
    }

    [GeneratedRegex(@"^\s*language-[A-Za-z0-9_+#.-]{1,40}\s*$")]
    private static partial Regex LanguageClass();

    [GeneratedRegex(@"^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TextAlign();
}
