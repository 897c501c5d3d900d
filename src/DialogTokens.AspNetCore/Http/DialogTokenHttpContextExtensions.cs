using DialogTokens;
using DialogTokens.AspNetCore;

namespace Microsoft.AspNetCore.Http;

/// <summary>Reads the request's verified dialog token.</summary>
public static class DialogTokenHttpContextExtensions
{
    /// <summary>
    /// The claims of the dialog token this request was authenticated with, or <see langword="null"/> when the dialog
    /// token scheme did not authenticate it (no token, a refused one, or the scheme did not run for this endpoint).
    /// </summary>
    public static DialogTokenClaims? GetDialogToken(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IDialogTokenFeature>()?.Claims;
    }
}
