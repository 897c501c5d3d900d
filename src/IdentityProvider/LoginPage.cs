using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;

namespace DialogTokens.IdentityProvider;

/// <summary>The login page: plain server-rendered HTML, no scripts, no external assets.</summary>
internal static class LoginPage
{
    public const string AuthenticationLevelField = "authLvl";

    public const string OtherPidField = "otherPid";

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static IResult Render(
        HttpRequest httpRequest, OpenIddictRequest request, DevelopmentIdentityProviderOptions options, string? error)
    {
        var action = httpRequest.PathBase + options.BasePath + DevelopmentIdentityProvider.AuthorizationPath;
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Development login</title></head><body>")
            .Append("<h1>Development login</h1><p>Not a real identity provider: pick a test person.</p>");
        if (error is not null)
        {
            html.Append("<p role=\"alert\">").Append(Html.Encode(error)).Append("</p>");
        }

        html.Append("<form method=\"post\" action=\"").Append(Html.Encode(action)).Append("\">");
        AppendHiddenParameters(html, request);
        html.Append("<p><label>Authentication level <select name=\"").Append(AuthenticationLevelField).Append("\">")
            .Append("<option value=\"3\" selected>3: idporten-loa-substantial</option>")
            .Append("<option value=\"4\">4: idporten-loa-high</option>")
            .Append("<option value=\"2\">2: idporten-loa-low</option>")
            .Append("</select></label></p><ul>");
        foreach (var person in options.TestPersons)
        {
            html.Append("<li><button type=\"submit\" name=\"pid\" value=\"").Append(Html.Encode(person.Pid)).Append("\">")
                .Append(Html.Encode(person.Name)).Append(" (").Append(Html.Encode(person.Pid)).Append(")</button></li>");
        }

        html.Append("</ul><p><label>Other pid <input name=\"").Append(OtherPidField)
            .Append("\" inputmode=\"numeric\" pattern=\"[0-9]{11}\"></label> <button type=\"submit\">Log in</button></p>")
            .Append("</form></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8,
            error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static void AppendHiddenParameters(StringBuilder html, OpenIddictRequest request)
    {
        foreach (var (name, value) in request.GetParameters())
        {
            if (name is "pid" or AuthenticationLevelField or OtherPidField || (string?)value is not { } text)
            {
                continue;
            }

            html.Append("<input type=\"hidden\" name=\"").Append(Html.Encode(name))
                .Append("\" value=\"").Append(Html.Encode(text)).Append("\">");
        }
    }
}
