using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace DialogTokens.DialogService.Authentication;

/// <summary>
/// Requires <see cref="Scope"/> as one item of the space-separated <c>scope</c> claim (RFC 6749 §3.3, RFC 9068 §2.2.3);
/// also accepts a token that lists its scopes as several claims.
/// </summary>
internal sealed class ScopeRequirement(string scope) : AuthorizationHandler<ScopeRequirement>, IAuthorizationRequirement
{
    public const string ClaimType = "scope";

    public string Scope { get; } = scope;

    /// <summary>Whether one of the user's <c>scope</c> claims (space-separated) holds <paramref name="scope"/>.</summary>
    public static bool IsGranted(ClaimsPrincipal user, string scope) =>
        user.FindAll(ClaimType).Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (IsGranted(context.User, requirement.Scope))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
