using Microsoft.IdentityModel.Tokens;

namespace DialogTokens.DialogService.Authentication;

/// <summary>
/// Checks a caller token's <c>nbf</c> and <c>exp</c> against the service's <see cref="TimeProvider"/>, the clock every
/// other check here uses (dialog token lifetimes, key rotation, the identity provider), rather than Microsoft.IdentityModel's
/// wall clock. Throws the exceptions its own validator throws, so failures are described the same way.
/// </summary>
internal static class CallerTokenLifetime
{
    public static bool Validate(DateTime? notBefore, DateTime? expires, TokenValidationParameters parameters, TimeProvider clock)
    {
        if (expires is null && parameters.RequireExpirationTime)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry (exp).");
        }

        if (notBefore is { } nbf && expires is { } exp && nbf > exp)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.") { NotBefore = nbf, Expires = exp };
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (notBefore is { } start && start > now + parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
        }

        if (expires is { } end && end < now - parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token expired.") { Expires = end };
        }

        return true;
    }
}
