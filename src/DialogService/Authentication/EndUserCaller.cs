using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Claims;
using DialogTokens.Authorization;

namespace DialogTokens.DialogService.Authentication;

/// <summary>A person logged in with an ID-porten style token.</summary>
/// <param name="Pid">The national identity number, 11 digits.</param>
/// <param name="AuthenticationLevel">Altinn's authentication level: 0 (low), 3 (substantial) or 4 (high); 1 and 2 only from <c>urn:altinn:authlevel</c>.</param>
internal readonly record struct EndUserCaller(string Pid, int AuthenticationLevel) : ICaller<EndUserCaller>
{
    /// <summary>The person as Altinn names a subject: <c>urn:altinn:person:identifier-no:&lt;pid&gt;</c>.</summary>
    public string Subject => AltinnXacml.PersonIdentifier + ":" + Pid;

    public static bool TryRead(ClaimsPrincipal principal, out EndUserCaller caller, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(principal);
        caller = default;
        if (!TrySingle(principal, CallerClaims.Pid, out var pid, out problem))
        {
            return false;
        }

        if (pid.Length != 11 || !pid.All(char.IsAsciiDigit))
        {
            problem = "The token's pid is not 11 digits.";
            return false;
        }

        if (!TryReadLevel(principal, out var level, out problem))
        {
            return false;
        }

        caller = new EndUserCaller(pid, level);
        return true;
    }

    private static bool TryReadLevel(ClaimsPrincipal principal, out int level, [NotNullWhen(false)] out string? problem)
    {
        level = 0;
        if (principal.HasClaim(claim => claim.Type == CallerClaims.AltinnAuthenticationLevel))
        {
            if (!TrySingle(principal, CallerClaims.AltinnAuthenticationLevel, out var text, out problem))
            {
                return false;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out level) || level > 4)
            {
                problem = $"The token's {CallerClaims.AltinnAuthenticationLevel} is not an integer from 0 to 4.";
                return false;
            }

            return true;
        }

        if (!TrySingle(principal, CallerClaims.Acr, out var acr, out problem))
        {
            return false;
        }

        if (AcrLevels.TryGetLevel(acr, out level))
        {
            return true;
        }

        // Never a silent 0: an unknown acr may be a stronger login we do not know, or a weaker one.
        problem = "The token's acr is not an ID-porten level (idporten-loa-low, -substantial, -high) or Level0 to Level4.";
        return false;
    }

    private static bool TrySingle(
        ClaimsPrincipal principal, string type, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? problem)
    {
        var values = principal.FindAll(type).Select(claim => claim.Value).Distinct(StringComparer.Ordinal).Take(2).ToList();
        value = values.Count == 1 ? values[0] : null;
        problem = values.Count switch
        {
            1 => null,
            0 => $"The token has no {type} claim.",
            _ => $"The token has more than one {type} claim.",
        };
        return value is not null;
    }
}
