using Microsoft.AspNetCore.Http;

namespace DialogTokens.AspNetCore;

/// <summary>
/// The request's verified dialog token, as a minimal API handler parameter:
/// <c>(VerifiedDialogToken token) =&gt; token.Party</c>. Bound from <see cref="IDialogTokenFeature"/>; on an endpoint
/// with <c>RequireDialogAction</c> it is always there. Without a verified token a parameter of this type is answered 400
/// by the framework; declare it <c>VerifiedDialogToken?</c> on an endpoint that also serves requests without one.
/// It is also the feature the scheme sets, so binding it allocates nothing.
/// </summary>
public sealed class VerifiedDialogToken : IDialogTokenFeature
{
    internal VerifiedDialogToken(DialogToken token, DialogTokenClaims claims)
    {
        Token = token;
        Claims = claims;
    }

    /// <summary>The token itself (its encoded form is a bearer credential: do not log it).</summary>
    public DialogToken Token { get; }

    /// <summary>Every claim.</summary>
    public DialogTokenClaims Claims { get; }

    /// <summary>The dialog (<c>i</c>).</summary>
    public Guid DialogId => Claims.DialogId;

    /// <summary>Who logged in (<c>c</c>).</summary>
    public string AuthenticatedParty => Claims.AuthenticatedParty;

    /// <summary>Who the user acts for: the dialog's party (<c>p</c>).</summary>
    public string Party => Claims.Party;

    /// <summary>The service resource (<c>s</c>).</summary>
    public string ServiceResource => Claims.ServiceResource;

    /// <summary>The authentication level (<c>l</c>), 0 to 4.</summary>
    public int AuthenticationLevel => Claims.AuthenticationLevel;

    /// <summary>The system user (<c>y</c>), for system users only.</summary>
    public string? SystemUserId => Claims.SystemUserId;

    /// <summary>The supplier organization acting for the consumer (<c>u</c>), when present.</summary>
    public string? SupplierParty => Claims.SupplierParty;

    /// <summary>The permitted actions (<c>a</c>).</summary>
    public AuthorizedActions Actions => Claims.Actions;

    /// <summary>When the token expires (<c>exp</c>).</summary>
    public DateTimeOffset ExpiresAt => Claims.ExpiresAt;

    /// <summary>Whether the token grants <paramref name="action"/> on <paramref name="authorizationAttribute"/> (strictly; see <see cref="AuthorizedActions.IsGranted(string, string?)"/>).</summary>
    public bool IsGranted(string action, string? authorizationAttribute = null) => Claims.Actions.IsGranted(action, authorizationAttribute);

    /// <summary>Binds the parameter from the request's <see cref="IDialogTokenFeature"/>; <see langword="null"/> without one.</summary>
    public static ValueTask<VerifiedDialogToken?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(context.Features.Get<IDialogTokenFeature>() switch
        {
            VerifiedDialogToken token => token,
            { } feature => new VerifiedDialogToken(feature.Token, feature.Claims), // a feature set by other middleware
            null => null,
        });
    }

    /// <summary>The dialog and the parties; never the token.</summary>
    public override string ToString() => $"dialog {DialogId}, party {Party}, authenticated {AuthenticatedParty}";
}
