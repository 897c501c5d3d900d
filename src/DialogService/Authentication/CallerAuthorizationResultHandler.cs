using DialogTokens.DialogService.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Net.Http.Headers;

namespace DialogTokens.DialogService.Authentication;

/// <summary>
/// Answers a missing scope with a 403 problem and the RFC 6750 §3.1 <c>insufficient_scope</c> challenge, and a token
/// that names no organization where <see cref="OrganizationCallerRequirement"/> wants one with a 403 problem; everything
/// else goes to ASP.NET Core's default handler (so a missing token still reaches the scheme's challenge). Neither 403
/// reads the request's body, nor lets Kestrel drain it.
/// </summary>
internal sealed class CallerAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ScopeRequirement>().FirstOrDefault() is { } missing)
        {
            RefusedRequest.CloseIfItHasABody(context);

            // The scope is a validated scope token: it holds no '"' or '\', so it needs no escaping here.
            context.Response.Headers.Append(HeaderNames.WWWAuthenticate, $"Bearer error=\"insufficient_scope\", scope=\"{missing.Scope}\"");
            return DialogProblem.WriteAsync(context, DialogProblemTypes.InsufficientScope,
                $"The token lacks the scope '{missing.Scope}' that this API requires.");
        }

        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<OrganizationCallerRequirement>().Any() == true)
        {
            RefusedRequest.CloseIfItHasABody(context);
            var reason = ServiceOwnerCaller.TryRead(context.User, out _, out var problem) ? "" : problem;
            return DialogProblem.WriteAsync(context, DialogProblemTypes.Forbidden,
                $"This API answers only an organization's Maskinporten style token. {reason}");
        }

        return fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
