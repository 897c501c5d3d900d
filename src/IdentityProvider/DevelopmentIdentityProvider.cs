namespace DialogTokens.IdentityProvider;

/// <summary>The development OpenID provider (work in progress).</summary>
public static class DevelopmentIdentityProvider
{
    /// <summary>The default path the dialog service serves it under.</summary>
    public const string DefaultPath = "/idp";
}
