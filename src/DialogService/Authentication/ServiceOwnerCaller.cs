using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using System.Text.Json;
using DialogTokens.Authorization;

namespace DialogTokens.DialogService.Authentication;

/// <summary>An organization authenticated with a Maskinporten style token.</summary>
/// <param name="OrganizationNumber">The organization number, 9 digits.</param>
/// <param name="MayUseLegacyHtml">Whether the token has <see cref="LegacyHtmlScope"/>, which lets a dialog embed HTML.</param>
internal readonly record struct ServiceOwnerCaller(string OrganizationNumber, bool MayUseLegacyHtml = false) : ICaller<ServiceOwnerCaller>
{
    /// <summary>The scope that allows HTML embeds (<c>text/html</c>), as Dialogporten's.</summary>
    public const string LegacyHtmlScope = "digdir:dialogporten.serviceprovider.legacyhtml";

    /// <summary>The organization as Altinn names a party: <c>urn:altinn:organization:identifier-no:&lt;orgno&gt;</c>.</summary>
    public string Party => AltinnXacml.OrganizationIdentifier + ":" + OrganizationNumber;

    /// <summary>The ISO 6523 ICD of Norwegian organization numbers, as Maskinporten writes <c>consumer.ID</c>.</summary>
    private const string NorwegianIcd = "0192:";

    private const string Iso6523Authority = "iso6523-actorid-upis";

    /// <summary>Reads <c>consumer</c>: <c>{"authority":"iso6523-actorid-upis","ID":"0192:&lt;orgno&gt;"}</c>, also when sent as a JSON string.</summary>
    public static bool TryRead(ClaimsPrincipal principal, out ServiceOwnerCaller caller, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(principal);
        caller = default;
        var claims = principal.FindAll(CallerClaims.Consumer).ToList();
        if (claims.Count != 1)
        {
            problem = claims.Count == 0 ? "The token has no consumer claim." : "The token has more than one consumer claim.";
            return false;
        }

        if (!TryReadId(claims[0].Value, out var id))
        {
            problem = $"The token's consumer is not an object with authority '{Iso6523Authority}' and an ID.";
            return false;
        }

        var orgNo = id.StartsWith(NorwegianIcd, StringComparison.Ordinal) ? id[NorwegianIcd.Length..] : "";
        if (orgNo.Length != 9 || !orgNo.All(char.IsAsciiDigit))
        {
            problem = $"The token's consumer ID is not '{NorwegianIcd}' and a 9 digit organization number.";
            return false;
        }

        caller = new ServiceOwnerCaller(orgNo, ScopeRequirement.IsGranted(principal, LegacyHtmlScope));
        problem = null;
        return true;
    }

    private static bool TryReadId(string json, [NotNullWhen(true)] out string? id)
    {
        id = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.String)
            {
                // Some issuers serialize the object into a string claim.
                return TryReadId(root.GetString()!, out id);
            }

            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("authority", out var authority) || authority.ValueKind != JsonValueKind.String
                || authority.GetString() != Iso6523Authority
                || !root.TryGetProperty("ID", out var value) || value.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            id = value.GetString()!;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
