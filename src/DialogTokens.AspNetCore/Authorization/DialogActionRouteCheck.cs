using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DialogTokens.AspNetCore;

/// <summary>
/// Fails the host's start when an endpoint's <c>RequireDialogAction</c> does not fit its route: the dialog id is to
/// come from a route value that the route does not have (which would leave the dialog unchecked), or the endpoint says
/// <see cref="DialogIdFrom.Token"/> while its route names a dialog (so the handler could act on another dialog than the
/// token's). Runs as a start-up filter, after the app's pipeline and endpoints are configured and before the server
/// accepts a request; every misfit is listed at once.
/// </summary>
internal sealed class DialogActionRouteCheck : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        if (app.ApplicationServices.GetService<EndpointDataSource>() is { } endpoints)
        {
            ThrowIfMisfit(endpoints.Endpoints);
        }
    };

    internal static void ThrowIfMisfit(IEnumerable<Endpoint> endpoints)
    {
        var problems = new List<string>();
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            foreach (var data in endpoint.Metadata.GetOrderedMetadata<IAuthorizationRequirementData>())
            {
                foreach (var requirement in data.GetRequirements().OfType<DialogActionRequirement>())
                {
                    if (Misfit(endpoint, requirement) is { } problem)
                    {
                        problems.Add(problem);
                    }
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("RequireDialogAction does not fit the route: " + string.Join(" ", problems.Distinct()));
        }
    }

    private static string? Misfit(RouteEndpoint endpoint, DialogActionRequirement requirement)
    {
        var name = requirement.DialogIdRouteValue;
        var hasParameter = endpoint.RoutePattern.GetParameter(name) is not null;
        var route = endpoint.RoutePattern.RawText ?? endpoint.DisplayName ?? "(unnamed)";
        return (requirement.DialogIdFrom, hasParameter) switch
        {
            (DialogIdFrom.Route, false) =>
                $"'{route}' has no '{{{name}}}' parameter, so no dialog id to check the token against; add it, name the route value "
                + "that holds the dialog id, or say DialogIdFrom.Token for an endpoint that the token alone addresses.",
            (DialogIdFrom.Token, true) =>
                $"'{route}' names a dialog in '{{{name}}}', but '{requirement.Action}' is required on the token's own dialog, so a "
                + "token for one dialog would act on another; use DialogIdFrom.Route.",
            _ => null,
        };
    }
}
