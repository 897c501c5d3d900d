namespace DialogTokens.IdentityProvider;

/// <summary>Claim names of ID-porten and Maskinporten tokens that the provider writes.</summary>
internal static class IdentityProviderClaims
{
    public const string Pid = "pid";

    public const string Acr = "acr";

    public const string Consumer = "consumer";

    public const string ClientId = "client_id";

    public const string Scope = "scope";

    /// <summary>
    /// A private claim of the authorization code only: the id its single exchange is recorded under. Never in a token
    /// the client sees (the exchange builds a new principal).
    /// </summary>
    public const string CodeId = "dialogtokens_code_id";

    /// <summary>The client id written into tokens from the test-token generator.</summary>
    public const string GeneratorClientId = "dialogtokens-test-token-generator";
}
