using Microsoft.AspNetCore.Authorization;

namespace DialogTokens.Benchmarks.ServiceProviderLoad.JwtBearer;

/// <summary>
/// The checks JwtBearer leaves to the application: <c>i</c> equals the route's dialog id (as UUIDs), and one
/// <c>;</c>-separated element of <c>a</c> is exactly the action (<c>write,urn:altinn:task:…</c> grants a task, not the
/// main resource).
/// </summary>
internal sealed class TokenDialogActionHandler : AuthorizationHandler<TokenDialogActionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TokenDialogActionRequirement requirement)
    {
        if (context.Resource is HttpContext http
            && Guid.TryParse(http.GetRouteValue("dialogId") as string, out var routeDialog)
            && Guid.TryParse(context.User.FindFirst("i")?.Value, out var tokenDialog)
            && routeDialog == tokenDialog
            && Grants(context.User.FindFirst("a")?.Value, requirement.Action))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static bool Grants(string? actions, string action)
    {
        foreach (var range in actions.AsSpan().Split(';'))
        {
            if (actions.AsSpan()[range].SequenceEqual(action))
            {
                return true;
            }
        }

        return false;
    }
}
