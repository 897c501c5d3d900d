using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace DialogTokens.DialogService.Authentication;

/// <summary>A caller read from an authenticated principal's claims: <see cref="EndUserCaller"/>, <see cref="ServiceOwnerCaller"/>.</summary>
internal interface ICaller<TSelf> where TSelf : struct, ICaller<TSelf>
{
    /// <summary>Reads the caller, or says (without echoing a claim's value) why the token names none.</summary>
    static abstract bool TryRead(ClaimsPrincipal principal, out TSelf caller, [NotNullWhen(false)] out string? problem);
}
