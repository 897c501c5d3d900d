using Altinn.Authorization.ABAC.Xacml.JsonProfile;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DialogTokens.Authorization;

/// <summary>
/// Serves the registered <see cref="IXacmlPolicyDecisionPoint"/> over the XACML JSON profile, as Altinn
/// Authorization's <c>POST /authorization/api/v1/authorize</c>, so that <see cref="HttpPolicyDecisionPoint"/> (or any
/// client of Altinn's API) can call it.
/// </summary>
public static class PolicyDecisionPointEndpoints
{
    /// <summary>The route: <c>/authorization/api/v1/authorize</c>.</summary>
    public const string AuthorizePath = HttpPolicyDecisionPoint.AuthorizePath;

    /// <summary>The largest request body read: 1 MiB. A larger one is refused with <see cref="XacmlProblemTypes.RequestTooLarge"/>.</summary>
    public const int MaxRequestBodySize = 1024 * 1024;

    /// <summary>
    /// Maps <c>POST /authorization/api/v1/authorize</c>: reads an <see cref="XacmlJsonRequestRoot"/>
    /// (<c>application/json</c> or <c>application/xacml+json</c>, UTF-8), answers an <see cref="XacmlJsonResponse"/>
    /// with one result per request reference, in reference order, or a problem from <see cref="XacmlProblemTypes"/>.
    /// When the registered PDP is the <see cref="EmbeddedPolicyDecisionPoint"/>, it also reads a XACML 3.0 XML context
    /// request (<c>application/xml</c>, <c>text/xml</c>, <c>application/xacml+xml</c>) and answers XML. The endpoint
    /// itself requires no authentication; chain <c>RequireAuthorization(...)</c> on the result to protect it.
    /// </summary>
    public static RouteHandlerBuilder MapPolicyDecisionPointEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints
            .MapPost(AuthorizePath, static (HttpContext context, IXacmlPolicyDecisionPoint pdp) => AuthorizeEndpoint.HandleAsync(context, pdp))
            .WithName("XacmlAuthorize")
            .Produces<XacmlJsonResponse>(StatusCodes.Status200OK, XacmlMediaType.Json, XacmlMediaType.Xml)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }
}
