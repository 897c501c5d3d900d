using System.Security.Claims;

namespace DialogTokens.AspNetCore;

/// <summary>
/// The user of a verified dialog token: one claim per token claim, named and ordered as the library's claim table says.
/// The times are not claims here: they are the ticket's <c>IssuedUtc</c> and <c>ExpiresUtc</c>.
/// </summary>
internal static class DialogTokenPrincipal
{
    public static ClaimsPrincipal Create(DialogTokenClaims claims, string authenticationType)
    {
        var issuer = claims.Issuer;
        var list = new List<System.Security.Claims.Claim>(ClaimTable.Count);
        foreach (var row in ClaimTable.All)
        {
            if (row.Kind != ClaimKind.Time && claims.TextOf(row.Claim) is { } value)
            {
                var type = row.Kind == ClaimKind.Level ? ClaimValueTypes.Integer32 : ClaimValueTypes.String;
                list.Add(new System.Security.Claims.Claim(row.Name, value, type, issuer));
            }
        }

        // The name is who logged in; a dialog token has no roles.
        return new ClaimsPrincipal(new ClaimsIdentity(list, authenticationType, DialogTokenClaimNames.AuthenticatedParty, ClaimsIdentity.DefaultRoleClaimType));
    }
}
