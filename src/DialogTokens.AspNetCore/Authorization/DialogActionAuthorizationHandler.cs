using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DialogTokens.AspNetCore;

/// <summary>
/// Checks a <see cref="DialogActionRequirement"/> against the token the dialog token scheme verified: the service
/// resource (when required), the route's dialog id equals the token's <c>i</c> (unless the endpoint said
/// <see cref="DialogIdFrom.Token"/>), and <c>a</c> grants the action with the library's strict semantics.
/// A refusal is counted in <see cref="DialogTokenMetrics"/> as a refused request (the token itself verified) and kept
/// for the scheme's 403 problem.
/// </summary>
internal sealed class DialogActionAuthorizationHandler : AuthorizationHandler<DialogActionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DialogActionRequirement requirement)
    {
        // Endpoint routing's authorization middleware passes the HttpContext, for minimal APIs and controllers alike.
        // Without a verified token there is nothing to check: the policy's authenticated-user requirement answers 401.
        if (context.Resource is not HttpContext http || http.Features.Get<IDialogTokenFeature>() is not { } token)
        {
            return Task.CompletedTask;
        }

        var failure = Check(http, token.Claims, requirement);
        if (failure is null)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        if (http.Features.Get<DialogActionFailure>() is null)
        {
            http.Features.Set(failure);
            DialogTokenMetrics.RecordRefused(failure.Error);
        }

        context.Fail(new AuthorizationFailureReason(this, $"{failure.Error.ToCode()}: {failure.Description}"));
        return Task.CompletedTask;
    }

    private static DialogActionFailure? Check(HttpContext http, DialogTokenClaims claims, DialogActionRequirement requirement)
    {
        if (requirement.ServiceResource is { } serviceResource && claims.CheckServiceResource(serviceResource) is { } otherResource)
        {
            return new DialogActionFailure(otherResource.Error, otherResource.ErrorDescription!);
        }

        Guid? dialogId = null;
        if (requirement.DialogIdFrom == DialogIdFrom.Route)
        {
            var routeValue = requirement.DialogIdRouteValue;

            // Fail closed: a request that names no dialog must not fall back to the token's own (the start-up check
            // catches a route without the parameter; this is an optional one, or a requirement in a policy of one's own).
            if (http.GetRouteValue(routeValue) is not { } value)
            {
                return new DialogActionFailure(DialogTokenError.DialogMismatch,
                    $"The request names no dialog (no route value '{routeValue}'), so the token for dialog {claims.DialogId} is not for it.");
            }

            if (!Guid.TryParse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), out var routeDialogId))
            {
                return new DialogActionFailure(DialogTokenError.DialogMismatch,
                    $"The route value '{routeValue}' is not a dialog id (a UUID), so the token for dialog {claims.DialogId} is not for it.");
            }

            dialogId = routeDialogId;
        }

        // The library's own check, so that the endpoint and DialogTokenVerifier.Verify grant exactly the same.
        return claims.CheckRequest(dialogId, requirement.RequiredActions) is { } refused ? new DialogActionFailure(refused.Error, refused.ErrorDescription!) : null;
    }
}
