namespace DialogTokens.AspNetCore;

/// <summary>The names this package uses unless told otherwise.</summary>
public static class DialogTokenDefaults
{
    /// <summary>The authentication scheme <c>AddDialogToken</c> registers, and that <c>RequireDialogAction</c> authenticates with.</summary>
    public const string AuthenticationScheme = "DialogToken";

    /// <summary>The route value that names the dialog a request addresses, as in <c>/dialogs/{dialogId}/write</c>.</summary>
    public const string DialogIdRouteValue = "dialogId";

    /// <summary>The <see cref="System.Net.Http.IHttpClientFactory"/> client that fetches the issuer's metadata and keys.</summary>
    public const string HttpClientName = "DialogTokens.Discovery";

    /// <summary>The name of the health check <c>AddDialogTokenKeys</c> registers.</summary>
    public const string HealthCheckName = "dialogtoken-keys";
}
