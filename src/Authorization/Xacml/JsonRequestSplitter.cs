using System.Diagnostics.CodeAnalysis;
using Altinn.Authorization.ABAC.Utils;
using Altinn.Authorization.ABAC.Xacml;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization;

/// <summary>
/// Checks a JSON-profile request and splits it into single context requests: one per request reference, combining the
/// categories it names (XACML 3.0 Multiple Decision Profile, section 2.4), or, without references, one request from
/// the first category of each kind.
/// </summary>
internal static class JsonRequestSplitter
{
    public static bool TrySplit(XacmlJsonRequestRoot? root, [NotNullWhen(true)] out List<XacmlContextRequest>? requests, [NotNullWhen(false)] out string? problem)
    {
        requests = null;
        if (root?.Request is not { } request)
        {
            problem = "The body has no Request.";
            return false;
        }

        problem = JsonRequestRules.Check(request);
        if (problem is not null)
        {
            return false;
        }

        var references = request.MultiRequests?.RequestReference;
        var parts = references is not { Count: > 0 } ? [Single(request)] : references.Select((r, i) => Part(request, r, i)).ToList();
        problem = parts.Select(p => p.Problem).FirstOrDefault(p => p is not null);
        requests = problem is null ? [.. parts.Select(p => XacmlJsonXmlConverter.ConvertRequest(p.Request!))] : null;
        return problem is null;
    }

    private static (XacmlJsonRequest? Request, string? Problem) Single(XacmlJsonRequest request)
    {
        var part = new XacmlJsonRequest
        {
            AccessSubject = request.AccessSubject?.Take(1).ToList(),
            Action = request.Action?.Take(1).ToList(),
            Resource = request.Resource?.Take(1).ToList(),
            Category = request.Category,
        };
        return (part, Incomplete(part, "The request"));
    }

    private static (XacmlJsonRequest? Request, string? Problem) Part(XacmlJsonRequest request, XacmlJsonRequestReference? reference, int index)
    {
        var where = $"MultiRequests.RequestReference[{index}]";
        if (reference?.ReferenceId is not { Count: > 0 } ids)
        {
            return (null, $"{where} names no categories.");
        }

        if (ids.FirstOrDefault(id => !Named(request, id)) is { } unknown)
        {
            return (null, $"{where} names '{unknown}', which is the Id of no category.");
        }

        var part = new XacmlJsonRequest
        {
            AccessSubject = Pick(request.AccessSubject, ids),
            Action = Pick(request.Action, ids),
            Resource = Pick(request.Resource, ids),
            Category = Pick(request.Category, ids),
        };
        return (part, Incomplete(part, where));
    }

    private static List<XacmlJsonCategory> Pick(List<XacmlJsonCategory>? categories, List<string> ids) =>
        [.. (categories ?? []).Where(c => c.Id is not null && ids.Contains(c.Id))];

    private static bool Named(XacmlJsonRequest request, string? id) =>
        id is not null && new[] { request.AccessSubject, request.Action, request.Resource, request.Category }
            .Any(list => list?.Any(c => c.Id == id) == true);

    private static string? Incomplete(XacmlJsonRequest part, string where) =>
        part.AccessSubject is not { Count: > 0 } ? $"{where} has no AccessSubject category."
        : part.Action is not { Count: > 0 } ? $"{where} has no Action category."
        : part.Resource is not { Count: > 0 } ? $"{where} has no Resource category."
        : null;
}
