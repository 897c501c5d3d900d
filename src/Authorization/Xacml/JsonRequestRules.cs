using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization;

/// <summary>The checks on a JSON-profile request as a whole, before it is split: its categories, their ids, its subject.</summary>
internal static class JsonRequestRules
{
    /// <summary>The most request references one request may carry; a dialog needs one per (action, attribute) pair.</summary>
    public const int MaxRequestReferences = 1000;

    /// <summary>The first problem with <paramref name="request"/>, or null.</summary>
    public static string? Check(XacmlJsonRequest request)
    {
        var lists = new (string Name, List<XacmlJsonCategory>? Items, string? Category)[]
        {
            ("AccessSubject", request.AccessSubject, AltinnXacml.SubjectCategory),
            ("Action", request.Action, AltinnXacml.ActionCategory),
            ("Resource", request.Resource, AltinnXacml.ResourceCategory),
            ("Category", request.Category, null),
        };
        return lists.SelectMany(l => (l.Items ?? []).Select((c, i) => JsonCategoryRules.Check(c, l.Name, i, l.Category))).FirstOrDefault(p => p is not null)
            ?? DuplicateId(lists.SelectMany(l => l.Items ?? []))
            ?? AssertedRights(lists.SelectMany(l => (l.Items ?? []).Select(c => ((string?)(l.Category ?? c.CategoryId), c))))
            ?? (request.MultiRequests?.RequestReference?.Count > MaxRequestReferences
                ? $"The request has {request.MultiRequests.RequestReference.Count} request references; at most {MaxRequestReferences} are accepted."
                : null);
    }

    /// <summary>Roles and access packages come from the store, never from the caller: a request asserting them is refused.</summary>
    private static string? AssertedRights(IEnumerable<(string? Category, XacmlJsonCategory Items)> categories) =>
        categories.Where(c => c.Category == AltinnXacml.SubjectCategory).SelectMany(c => c.Items.Attribute)
            .Select(a => a.AttributeId).FirstOrDefault(id => id is AltinnXacml.RoleCode or AltinnXacml.AccessPackage) is { } asserted
            ? $"The subject asserts '{asserted}'; the decision point reads roles and access packages from its own store."
            : null;

    private static string? DuplicateId(IEnumerable<XacmlJsonCategory> categories)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return categories.Select(c => c.Id).FirstOrDefault(id => id is not null && !seen.Add(id)) is { } duplicate
            ? $"The category Id '{duplicate}' is used twice." : null;
    }
}
