using System.Globalization;
using Microsoft.IdentityModel.Tokens;

namespace DialogTokens.DialogService.Authentication;

/// <summary>
/// Says why a bearer token was not accepted: a short summary for the <c>WWW-Authenticate</c> header and a detail for
/// the problem body. Neither echoes the token nor any value taken from it.
/// </summary>
internal readonly record struct AuthenticationFailureDescription(string Summary, string Detail)
{
    public static AuthenticationFailureDescription Describe(Exception? failure, string? audience, string? metadataAddress)
    {
        // JwtBearer aggregates the failures of several token handlers; the first one we recognize explains it best.
        if (failure is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions)
            {
                if (TryDescribe(inner, audience, metadataAddress) is { } description)
                {
                    return description;
                }
            }
        }
        else if (TryDescribe(failure, audience, metadataAddress) is { } description)
        {
            return description;
        }

        return new("The token is not valid", "The bearer token is not valid.");
    }

    private static AuthenticationFailureDescription? TryDescribe(Exception? failure, string? audience, string? metadataAddress) => failure switch
    {
        null => new("", "The request has no bearer token: send 'Authorization: Bearer <access token>' from the identity provider."),
        IssuerMetadataUnavailableException => new(
            "The issuer's metadata could not be read",
            $"The issuer's metadata could not be read from '{metadataAddress}', so the token could not be validated. Try again later."),
        SecurityTokenExpiredException expired => new(
            "The token expired",
            $"The token expired at {expired.Expires.ToString("O", CultureInfo.InvariantCulture)}; get a new one."),
        SecurityTokenNotYetValidException notYet => new(
            "The token is not valid yet",
            $"The token is not valid before {notYet.NotBefore.ToString("O", CultureInfo.InvariantCulture)}."),
        SecurityTokenNoExpirationException => new("The token has no expiry", "The token has no expiry (exp)."),
        SecurityTokenInvalidLifetimeException => new("The token lifetime is invalid", "The token's lifetime (nbf, exp) is invalid."),
        SecurityTokenInvalidAudienceException => new(
            "The audience is invalid", $"The token's audience (aud) is not '{audience}'."),
        SecurityTokenInvalidIssuerException => new(
            "The issuer is invalid", "The token's issuer (iss) is not the issuer this service trusts."),
        SecurityTokenSignatureKeyNotFoundException => new(
            "The signature key was not found", "The token is signed with a key that the issuer does not publish."),
        SecurityTokenInvalidSignatureException => new("The signature is invalid", "The token's signature is invalid."),
        SecurityTokenMalformedException or ArgumentException => new("The token is malformed", "The bearer token is not a well-formed JWT."),
        _ => null,
    };
}
