using System.Text.Json;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;
using Microsoft.AspNetCore.Http;

namespace DialogTokens.Authorization;

/// <summary>
/// <c>POST /authorization/api/v1/authorize</c>, step by step: check the content type, read the body within the cap,
/// parse it, check the references, decide, and answer the response or a problem.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, IXacmlPolicyDecisionPoint pdp)
    {
        var cancellationToken = context.RequestAborted;
        if (XacmlMediaType.IsXml(context.Request.ContentType))
        {
            return await XmlAuthorizeEndpoint.HandleAsync(context, pdp);
        }

        if (!XacmlMediaType.TryAcceptJson(context.Request.ContentType, out var contentTypeProblem))
        {
            return XacmlProblem.Create(context, XacmlProblemTypes.ContentType, contentTypeProblem);
        }

        XacmlJsonRequestRoot? root;
        using (var body = await BoundedBody.ReadAsync(context.Request.Body, context.Request.ContentLength, PolicyDecisionPointEndpoints.MaxRequestBodySize, cancellationToken))
        {
            if (body.TooLarge)
            {
                return XacmlProblem.Create(context, XacmlProblemTypes.TooLarge,
                    $"The body is larger than {PolicyDecisionPointEndpoints.MaxRequestBodySize} bytes.");
            }

            if (!TryParse(body.Span, out root, out var malformed))
            {
                return XacmlProblem.Create(context, XacmlProblemTypes.Malformed, malformed);
            }
        }

        if (XacmlJsonRequestCheck.FindProblem(root) is { } invalid)
        {
            return XacmlProblem.Create(context, XacmlProblemTypes.Invalid, invalid);
        }

        var outcome = await pdp.DecideAsync(root!, cancellationToken);
        return outcome switch
        {
            { Response: { } response } => TypedResults.Json(response, XacmlJsonSerialization.Response),
            { RequestProblem: { } problem } => XacmlProblem.Create(context, XacmlProblemTypes.Invalid, problem),
            _ => XacmlProblem.Create(context, XacmlProblemTypes.Unavailable, outcome.Unavailable ?? "The policy decision point gave no answer."),
        };
    }

    private static bool TryParse(ReadOnlySpan<byte> json, out XacmlJsonRequestRoot? root, out string problem)
    {
        root = null;
        problem = "";
        if (json.IsEmpty)
        {
            problem = "The body is empty; send a XACML JSON request ({\"Request\": {...}}).";
            return false;
        }

        try
        {
            root = JsonSerializer.Deserialize(json, XacmlJsonSerialization.Request);
            return true;
        }
        catch (JsonException e)
        {
            problem = "The body is not a XACML JSON request: " + JsonErrorDescription.Describe(e);
            return false;
        }
    }
}
