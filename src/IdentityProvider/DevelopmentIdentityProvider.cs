namespace DialogTokens.IdentityProvider;

/// <summary>Well-known paths of the development OpenID provider, relative to its base path.</summary>
public static class DevelopmentIdentityProvider
{
    /// <summary>The default path the dialog service serves it under.</summary>
    public const string DefaultPath = "/idp";

    /// <summary>The OpenID Connect discovery document (OpenID Connect Discovery 1.0 §4).</summary>
    public const string DiscoveryPath = "/.well-known/openid-configuration";

    /// <summary>The JSON Web Key Set with the public signing key.</summary>
    public const string JwksPath = "/.well-known/jwks";

    /// <summary>The authorization endpoint; it shows the login page.</summary>
    public const string AuthorizationPath = "/connect/authorize";

    /// <summary>The token endpoint.</summary>
    public const string TokenPath = "/connect/token";

    /// <summary>The userinfo endpoint (OpenID Connect Core 1.0 §5.3): who the access token's person is.</summary>
    public const string UserInfoPath = "/connect/userinfo";

    /// <summary>The end-session endpoint (OpenID Connect RP-Initiated Logout 1.0): logs out and returns to the client.</summary>
    public const string EndSessionPath = "/connect/logout";

    /// <summary>Altinn's test-token-generator endpoint for ID-porten style person tokens.</summary>
    public const string PersonalTokenPath = "/api/GetPersonalToken";

    /// <summary>Altinn's test-token-generator endpoint for Maskinporten style enterprise tokens.</summary>
    public const string EnterpriseTokenPath = "/api/GetEnterpriseToken";

    /// <summary>
    /// The scopes the provider hands out, published as <c>scopes_supported</c>: <c>openid</c> for the portal's code
    /// flow, and the scopes of Dialogporten and Altinn Authorization that this project's callers need. The code flow
    /// and the test-token generator still grant any well-formed scope asked for, as Altinn's generator does.
    /// </summary>
    public static IReadOnlyList<string> Scopes { get; } =
    [
        "openid",
        "digdir:dialogporten",
        "digdir:dialogporten.serviceprovider",
        "digdir:dialogporten.serviceprovider.legacyhtml",
        "altinn:authorization/authorize",
    ];
}
