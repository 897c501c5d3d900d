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

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        var granted = context.User.FindAll(ClaimType)
            .Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(requirement.Scope, StringComparer.Ordinal));
        if (granted)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
