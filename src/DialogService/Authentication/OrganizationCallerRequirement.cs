using Microsoft.AspNetCore.Authorization;

namespace DialogTokens.DialogService.Authentication;

/// <summary>
/// Requires a service-owner style (Maskinporten) token that names an organization (<c>consumer</c>, read by
/// <see cref="ServiceOwnerCaller"/>): an ID-porten style token names a person and fails it, whatever its scopes.
/// </summary>
internal sealed class OrganizationCallerRequirement : AuthorizationHandler<OrganizationCallerRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganizationCallerRequirement requirement)
    {
        // No Fail() when it does not: that would hide which other requirements failed (the scope comes first).
        if (ServiceOwnerCaller.TryRead(context.User, out _, out _))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
