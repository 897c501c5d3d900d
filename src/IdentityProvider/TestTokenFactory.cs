using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace DialogTokens.IdentityProvider;

/// <summary>Signs ID-porten and Maskinporten style access tokens with the provider's signing key.</summary>
internal sealed class TestTokenFactory(
    IOptionsMonitor<OpenIddictServerOptions> serverOptions,
    IOptions<DevelopmentIdentityProviderOptions> options,
    TimeProvider timeProvider)
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string CreatePersonalToken(HttpRequest request, string pid, string acr, string scopes) =>
        Create(request, new Dictionary<string, object>
        {
            ["sub"] = SubjectOf(pid),
            [IdentityProviderClaims.Pid] = pid,
            [IdentityProviderClaims.Acr] = acr,
            [IdentityProviderClaims.Scope] = scopes,
        });

    public string CreateEnterpriseToken(HttpRequest request, string orgNo, string scopes) =>
        Create(request, new Dictionary<string, object>
        {
            [IdentityProviderClaims.Consumer] = new Dictionary<string, object>
            {
                ["authority"] = "iso6523-actorid-upis",
                ["ID"] = "0192:" + orgNo,
            },
            [IdentityProviderClaims.Scope] = scopes,
        });

    /// <summary>A stable pseudonymous subject for a pid, as ID-porten gives one per person.</summary>
    public static string SubjectOf(string pid) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes("dialogtokens-idp:" + pid)));

    /// <summary>The issuer as OpenIddict derives it when none is configured: the base URI, provider's base path included.</summary>
    public static string IssuerOf(HttpRequest request, DevelopmentIdentityProviderOptions options) =>
        (options.Issuer ?? IssuerUnderBasePath.BaseUriOf(request, options)).AbsoluteUri;

    private string Create(HttpRequest request, Dictionary<string, object> claims)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        claims["jti"] = Guid.NewGuid().ToString();
        claims[IdentityProviderClaims.ClientId] = IdentityProviderClaims.GeneratorClientId;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = IssuerOf(request, options.Value),
            Audience = options.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.Value.TokenLifetime,
            TokenType = "at+jwt",
            Claims = claims,
            SigningCredentials = serverOptions.CurrentValue.SigningCredentials[0],
        };
        return Handler.CreateToken(descriptor);
    }
}
