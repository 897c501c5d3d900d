using DialogTokens.Authorization;
using Microsoft.AspNetCore.Authorization;

namespace DialogTokens.Benchmarks.ServiceProviderLoad.Pdp;

/// <summary>
/// What a provider without dialog tokens does on each request: asks the policy decision point (here over HTTP, the
/// library's <see cref="HttpPolicyDecisionPoint"/>) whether the user may perform the action on the dialog's service
/// resource for the dialog's party. The provider knows the dialog's resource and party from its own data; the load
/// test uses one demo dialog, so they are constants here.
/// </summary>
internal sealed class PdpDialogActionHandler : AuthorizationHandler<PdpDialogActionRequirement>
{
    private const string ServiceResource = "urn:altinn:resource:demo-mva-melding";
    private const string Party = "urn:altinn:organization:identifier-no:310100013";
    private const int AuthenticationLevel = 3;

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PdpDialogActionRequirement requirement)
    {
        if (context.Resource is not HttpContext http
            || !Guid.TryParse(http.GetRouteValue("dialogId") as string, out var dialogId)
            || context.User.FindFirst(PidHeaderAuthenticationHandler.PidClaim)?.Value is not { } pid)
        {
            return;
        }

        var authorizer = http.RequestServices.GetRequiredService<IDialogAuthorizer>();
        var result = await authorizer.AuthorizeAsync(
            new DialogAuthorizationRequest
            {
                Subject = "urn:altinn:person:identifier-no:" + pid,
                AuthenticationLevel = AuthenticationLevel,
                Party = Party,
                ServiceResource = ServiceResource,
                InstanceId = "urn:altinn:dialog-id:" + dialogId.ToString("D"),
                Actions = [new DialogAction(requirement.Action)],
            },
            http.RequestAborted);

        // Permit: 204. Deny, NotApplicable, a refused request or an unreachable PDP: 403 (never a silent permit).
        if (result.IsDecided && result.Decisions.Count == 1 && result.Decisions[0].IsPermitted)
        {
            context.Succeed(requirement);
        }
    }
}
