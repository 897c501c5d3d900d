namespace DialogTokens;

/// <summary>
/// The claim names of a dialog token, exactly as Dialogporten writes them
/// (<c>DialogTokenClaimTypes</c> in Dialogporten's <c>IDialogTokenGenerator.cs</c>).
/// </summary>
public static class DialogTokenClaimNames
{
    /// <summary>Token id (<c>jti</c>): a new GUID per token.</summary>
    public const string JwtId = "jti";

    /// <summary>The authenticated party (<c>c</c>): who logged in.</summary>
    public const string AuthenticatedParty = "c";

    /// <summary>The system user id (<c>y</c>), only for system users.</summary>
    public const string SystemUserId = "y";

    /// <summary>The organization owning the system user (<c>o</c>), only for system users.</summary>
    public const string SystemUserOrganization = "o";

    /// <summary>The supplier organization acting for the consumer (<c>u</c>), optional.</summary>
    public const string SupplierParty = "u";

    /// <summary>The authentication level (<c>l</c>), an integer 0 to 4.</summary>
    public const string AuthenticationLevel = "l";

    /// <summary>The dialog's party (<c>p</c>): who the user acts for.</summary>
    public const string Party = "p";

    /// <summary>The service resource (<c>s</c>), <c>urn:altinn:resource:&lt;id&gt;</c>.</summary>
    public const string ServiceResource = "s";

    /// <summary>The dialog id (<c>i</c>), a UUID.</summary>
    public const string DialogId = "i";

    /// <summary>The authorized actions (<c>a</c>); see <see cref="AuthorizedActions"/>.</summary>
    public const string Actions = "a";

    /// <summary>The issuer (<c>iss</c>), the dialog service's base URI plus <c>/api/v1</c>.</summary>
    public const string Issuer = "iss";

    /// <summary>Issued at (<c>iat</c>), Unix seconds.</summary>
    public const string IssuedAt = "iat";

    /// <summary>Not before (<c>nbf</c>), Unix seconds.</summary>
    public const string NotBefore = "nbf";

    /// <summary>Expires (<c>exp</c>), Unix seconds.</summary>
    public const string ExpiresAt = "exp";
}
