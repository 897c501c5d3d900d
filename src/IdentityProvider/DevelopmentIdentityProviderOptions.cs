namespace DialogTokens.IdentityProvider;

/// <summary>Options of the development OpenID provider, validated at start-up.</summary>
public sealed class DevelopmentIdentityProviderOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "DevelopmentIdentityProvider";

    /// <summary>
    /// The path the provider is served under. Default <see cref="DevelopmentIdentityProvider.DefaultPath"/>;
    /// must start with '/' and not end with '/'.
    /// </summary>
    public string BasePath { get; set; } = DevelopmentIdentityProvider.DefaultPath;

    /// <summary>
    /// The issuer (<c>iss</c>). Default <see langword="null"/>: derived from the request as
    /// <c>{scheme}://{host}{pathBase}{BasePath}</c>, e.g. <c>http://localhost:5080/idp</c>, the URL the discovery
    /// document hangs under (OpenID Connect Discovery 1.0 §4.3). When set, it must be an absolute URI, and should be
    /// that URL too.
    /// </summary>
    public Uri? Issuer { get; set; }

    /// <summary>The audience (<c>aud</c>) of issued access tokens. Default <c>dialogporten</c>.</summary>
    public string Audience { get; set; } = "dialogporten";

    /// <summary>
    /// A PEM encoded RSA or EC (P-256) private key that signs tokens. Default <see langword="null"/>: an
    /// ephemeral RSA 2048 key, new at every start.
    /// </summary>
    public string? SigningKeyPem { get; set; }

    /// <summary>The lifetime of issued access and identity tokens. Default 1 hour; range 1 minute to 1 day.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The client id of the portal, a public client using the code flow with PKCE. Default <c>dialogporten-portal</c>.</summary>
    public string PortalClientId { get; set; } = "dialogporten-portal";

    /// <summary>The redirect URIs registered for the portal. Default none (loopback URIs are still allowed).</summary>
    public IList<Uri> PortalRedirectUris { get; } = [];

    /// <summary>
    /// Whether any loopback redirect URI (http, 127.0.0.1, [::1] or localhost, any port) is accepted for the
    /// portal (RFC 8252 §7.3). Default <see langword="true"/>.
    /// </summary>
    public bool AllowLoopbackRedirectUris { get; set; } = true;

    /// <summary>The persons listed on the login page. Default empty (a pid can still be typed).</summary>
    public IList<TestPerson> TestPersons { get; } = [];

    /// <summary>
    /// Whether the provider may run outside the Development environment. Default <see langword="false"/>:
    /// start-up fails, because anyone can obtain any token from it.
    /// </summary>
    public bool AllowOutsideDevelopment { get; set; }
}
