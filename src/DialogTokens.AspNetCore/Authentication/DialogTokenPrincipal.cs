using System.Globalization;
using System.Security.Claims;

namespace DialogTokens.AspNetCore;

/// <summary>The user of a verified dialog token: one claim per token claim, named as in the token.</summary>
internal static class DialogTokenPrincipal
{
    public static ClaimsPrincipal Create(DialogTokenClaims claims, string authenticationType)
    {
        var issuer = claims.Issuer;
        var list = new List<Claim>(12)
        {
            Text(DialogTokenClaimNames.JwtId, claims.JwtId, issuer),
            Text(DialogTokenClaimNames.AuthenticatedParty, claims.AuthenticatedParty, issuer),
        };
        AddIfPresent(list, DialogTokenClaimNames.SystemUserId, claims.SystemUserId, issuer);
        AddIfPresent(list, DialogTokenClaimNames.SystemUserOrganization, claims.SystemUserOrganization, issuer);
        AddIfPresent(list, DialogTokenClaimNames.SupplierParty, claims.SupplierParty, issuer);
        list.Add(new Claim(DialogTokenClaimNames.AuthenticationLevel, claims.AuthenticationLevel.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32, issuer));
        list.Add(Text(DialogTokenClaimNames.Party, claims.Party, issuer));
        list.Add(Text(DialogTokenClaimNames.ServiceResource, claims.ServiceResource, issuer));
        list.Add(Text(DialogTokenClaimNames.DialogId, claims.DialogId.ToString("D"), issuer));
        list.Add(Text(DialogTokenClaimNames.Actions, claims.Actions.ToString(), issuer));
        list.Add(Text(DialogTokenClaimNames.Issuer, claims.Issuer, issuer));

        // The name is who logged in; a dialog token has no roles.
        return new ClaimsPrincipal(new ClaimsIdentity(list, authenticationType, DialogTokenClaimNames.AuthenticatedParty, ClaimsIdentity.DefaultRoleClaimType));
    }

    private static Claim Text(string type, string value, string issuer) => new(type, value, ClaimValueTypes.String, issuer);

    private static void AddIfPresent(List<Claim> list, string type, string? value, string issuer)
    {
        if (value is not null)
        {
            list.Add(Text(type, value, issuer));
        }
    }
}
