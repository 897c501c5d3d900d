using DialogTokens.DialogService.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Net.Http.Headers;

namespace DialogTokens.DialogService.Authentication;

/// <summary>
/// Answers a missing scope with a 403 problem and the RFC 6750 §3.1 <c>insufficient_scope</c> challenge; everything
/// else goes to ASP.NET Core's default handler (so a missing token still reaches the scheme's challenge).
/// </summary>
internal sealed class CallerAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ScopeRequirement>().FirstOrDefault() is { } missing)
        {
            // The scope is a validated scope token: it holds no '"' or '\', so it needs no escaping here.
            context.Response.Headers.Append(HeaderNames.WWWAuthenticate, $"Bearer error=\"insufficient_scope\", scope=\"{missing.Scope}\"");
            return DialogProblem.WriteAsync(context, DialogProblemTypes.Scope,
                $"The token lacks the scope '{missing.Scope}' that this API requires.");
        }

        return fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
