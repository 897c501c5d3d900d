using System.Collections.Concurrent;
using System.Xml;
using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization;

/// <summary>A parsed policy, or why it could not be parsed, with the subject attributes its rules match on.</summary>
internal sealed record CachedPolicy(XacmlPolicy? Policy, string? Problem, IReadOnlySet<string> SubjectAttributeIds)
{
    public bool Uses(string subjectAttributeId) => SubjectAttributeIds.Contains(subjectAttributeId);
}

/// <summary>
/// Parsed policies per resource, so a request never parses XML. An entry is keyed by the resource id and holds the
/// policy text it was parsed from: a resource whose policy text changed is parsed again, at its first request.
/// </summary>
internal sealed class PolicyCache
{
    private readonly ConcurrentDictionary<string, (string Xml, CachedPolicy Policy)> _entries = new(StringComparer.Ordinal);

    /// <summary>The number of resources whose policy is cached.</summary>
    public int Count => _entries.Count;

    public CachedPolicy Get(ServiceResource resource)
    {
        // Ordinal comparison of the text is exact and cheap next to a decision (and free for the same string instance).
        if (_entries.TryGetValue(resource.Id, out var entry) && string.Equals(entry.Xml, resource.PolicyXml, StringComparison.Ordinal))
        {
            return entry.Policy;
        }

        var parsed = Parse(resource);
        _entries[resource.Id] = (resource.PolicyXml, parsed);
        return parsed;
    }

    private static CachedPolicy Parse(ServiceResource resource)
    {
        try
        {
            var policy = PolicyXml.Parse(resource.PolicyXml);
            var subject = policy.GetAttributeDictionaryByCategory(AltinnXacml.SubjectCategory).Keys.ToHashSet(StringComparer.Ordinal);
            return new CachedPolicy(policy, null, subject);
        }
        catch (Exception e) when (e is XmlException or ArgumentException or InvalidOperationException or FormatException or NullReferenceException)
        {
            // The message names the line, never the policy's content.
            return new CachedPolicy(null, $"The policy of resource '{resource.Id}' cannot be read: {e.Message}", new HashSet<string>());
        }
    }
}
