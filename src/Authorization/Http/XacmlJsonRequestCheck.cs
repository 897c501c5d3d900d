using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization;

/// <summary>
/// The checks a XACML JSON request must pass before any PDP sees it: it has a <c>Request</c>, category ids are unique,
/// and every id of every <c>MultiRequests.RequestReference</c> names a category of the request (JSON profile 1.1 §3.4).
/// </summary>
internal static class XacmlJsonRequestCheck
{
    /// <summary>What is wrong with <paramref name="root"/>, or null when nothing is.</summary>
    public static string? FindProblem(XacmlJsonRequestRoot? root)
    {
        if (root?.Request is not { } request)
        {
            return "The body has no 'Request' object.";
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in Categories(request))
        {
            if (category?.Id is { } id && !ids.Add(id))
            {
                return $"The category id '{UntrustedText.Quote(id)}' is used twice; category ids must be unique.";
            }
        }

        var references = request.MultiRequests?.RequestReference ?? [];
        for (var r = 0; r < references.Count; r++)
        {
            var referenceIds = references[r]?.ReferenceId;
            if (referenceIds is null || referenceIds.Count == 0)
            {
                return $"Request.MultiRequests.RequestReference[{r}] has no ReferenceId.";
            }

            for (var i = 0; i < referenceIds.Count; i++)
            {
                if (referenceIds[i] is not { } id || !ids.Contains(id))
                {
                    return $"Request.MultiRequests.RequestReference[{r}].ReferenceId[{i}] is '{UntrustedText.Quote(referenceIds[i])}', which names no category of the request.";
                }
            }
        }

        return null;
    }

    /// <summary>How many results the request asks for: one per request reference, or one for a single request.</summary>
    public static int ExpectedResults(XacmlJsonRequest request) =>
        request.MultiRequests?.RequestReference is { Count: > 0 } references ? references.Count : 1;

    private static IEnumerable<XacmlJsonCategory?> Categories(XacmlJsonRequest request) =>
        new[] { request.AccessSubject, request.Action, request.Resource, request.Category, request.RecipientSubject, request.IntermediarySubject, request.RequestingMachine }
            .SelectMany(list => list ?? []);
}
