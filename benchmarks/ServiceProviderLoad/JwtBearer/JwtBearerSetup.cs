using DialogTokens.Benchmarks.IdentityModel;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace DialogTokens.Benchmarks.ServiceProviderLoad.JwtBearer;

/// <summary>
/// What a careful provider configures when it takes JwtBearer instead of the dialog token package: the issuer's
/// Ed25519 keys, <c>EdDSA</c> only, the issuer, the lifetime with the same 10 s skew, no audience (dialog tokens have
/// none), claims under their own names. The dialog id and the action are checked by <see cref="TokenDialogActionHandler"/>.
/// </summary>
internal static class JwtBearerSetup
{
    public static AuthenticationBuilder AddDialogTokenJwtBearer(this AuthenticationBuilder builder, IssuerKeys issuerKeys) =>
        builder.AddJwtBearer(LoadSchemes.JwtBearer, o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                IssuerSigningKeys = issuerKeys.Keys,
                ValidAlgorithms = [EdDsaSecurityKey.Algorithm],
                ValidIssuer = issuerKeys.Issuer,
                ValidateIssuer = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                ValidateAudience = false,
                ClockSkew = TimeSpan.FromSeconds(10),
            };
        });
}
