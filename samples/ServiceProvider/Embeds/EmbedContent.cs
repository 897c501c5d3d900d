using System.Globalization;
using System.Net;
using System.Text;

namespace DialogTokens.Samples.ServiceProvider.Embeds;

/// <summary>
/// The front-channel embeds' content. Markdown uses only what the inbox renders (CommonMark: headings, paragraphs,
/// emphasis, lists, code; no raw HTML); the HTML variant escapes every value.
/// </summary>
public static class EmbedContent
{
    public const string Markdown = "text/markdown; charset=utf-8";
    public const string Html = "text/html; charset=utf-8";

    public static string DialogMarkdown(DialogTokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var text = new StringBuilder()
            .AppendLine("## Mva-melding")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Denne meldingen gjelder **{Code(claims.Party)}**.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"- Innlogget: {Code(claims.AuthenticatedParty)} (sikkerhetsnivå {claims.AuthenticationLevel})")
            .AppendLine(CultureInfo.InvariantCulture, $"- Tjeneste: {Code(claims.ServiceResource)}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Du kan: {(claims.Actions.Count == 0 ? "ingenting" : string.Join(", ", claims.Actions.Select(a => Code(a.ToString()))))}");
        return text.ToString();
    }

    public static string DialogHtml(DialogTokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return $"""
            <h2>Mva-melding</h2>
            <p>Denne meldingen gjelder <strong>{E(claims.Party)}</strong>.</p>
            <ul>
            <li>Innlogget: <code>{E(claims.AuthenticatedParty)}</code> (sikkerhetsnivå {claims.AuthenticationLevel})</li>
            <li>Tjeneste: <code>{E(claims.ServiceResource)}</code></li>
            <li>Du kan: {E(claims.Actions.ToString())}</li>
            </ul>
            """;
    }

    public static string ReceiptMarkdown(Receipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return $"""
            ### Kvittering

            Sendt inn {receipt.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC av {Code(receipt.SubmittedBy)}.
            """;
    }

    // Inline code cannot carry markup: values from the token stay text however they are spelled.
    private static string Code(string value) => "`" + value.Replace("`", "'", StringComparison.Ordinal) + "`";

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
