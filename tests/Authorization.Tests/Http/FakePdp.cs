using System.Collections.Concurrent;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>
/// A policy decision point that permits the (action, authorization attribute) pairs in <see cref="Permits"/>, each
/// optionally with a minimum-authentication-level obligation, and answers NotApplicable otherwise; one result per
/// request reference, in order. Or a fixed <see cref="Outcome"/>. It records every request.
/// </summary>
internal sealed class FakePdp : IXacmlPolicyDecisionPoint
{
    private static readonly HashSet<string> MainResourceAttributes =
        [AltinnXacml.Resource, AltinnXacml.InstanceId, AltinnXacml.OrganizationIdentifier, AltinnXacml.PersonIdentifier, AltinnXacml.PartyId];

    /// <summary>Permitted pairs ("urn:…:value" attribute or null for the main resource) → the minimum authentication level, if any.</summary>
    public Dictionary<(string Action, string? Attribute), int?> Permits { get; } = [];

    public XacmlDecisionOutcome? Outcome { get; set; }

    public ConcurrentQueue<XacmlJsonRequestRoot> Requests { get; } = new();

    public Task<XacmlDecisionOutcome> DecideAsync(XacmlJsonRequestRoot request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        if (Outcome is { } outcome)
        {
            return Task.FromResult(outcome);
        }

        var r = request.Request;
        var actions = (r.Action ?? []).ToDictionary(c => c.Id);
        var resources = (r.Resource ?? []).ToDictionary(c => c.Id);
        var references = r.MultiRequests?.RequestReference is { Count: > 0 } refs
            ? refs.Select(x => x.ReferenceId)
            : [[.. actions.Keys, .. resources.Keys]];
        var results = references.Select(ids => Decide(
            ids.Where(actions.ContainsKey).SelectMany(id => actions[id].Attribute),
            ids.Where(resources.ContainsKey).SelectMany(id => resources[id].Attribute))).ToList();
        return Task.FromResult(XacmlDecisionOutcome.Decided(new XacmlJsonResponse { Response = results }));
    }

    private XacmlJsonResult Decide(IEnumerable<XacmlJsonAttribute> action, IEnumerable<XacmlJsonAttribute> resource)
    {
        var name = action.First(a => a.AttributeId == AltinnXacml.ActionId).Value;
        var attribute = resource.Where(a => !MainResourceAttributes.Contains(a.AttributeId)).Select(a => $"{a.AttributeId}:{a.Value}").SingleOrDefault();
        var permit = Permits.TryGetValue((name, attribute), out var level);
        return new XacmlJsonResult
        {
            Decision = permit ? "Permit" : "NotApplicable",
            Status = new XacmlJsonStatus { StatusCode = new XacmlJsonStatusCode { Value = "urn:oasis:names:tc:xacml:1.0:status:ok" } },
            Obligations = permit && level is { } minimum ? [MinimumLevel(minimum)] : null,
        };
    }

    public static XacmlJsonObligationOrAdvice MinimumLevel(int level) => new()
    {
        Id = "urn:altinn:obligation:authenticationLevel1",
        AttributeAssignment =
        [
            new XacmlJsonAttributeAssignment
            {
                AttributeId = "urn:altinn:obligation-assignment:1",
                Value = level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Category = AltinnXacml.MinimumAuthenticationLevel,
                DataType = "http://www.w3.org/2001/XMLSchema#integer",
            },
        ],
    };
}
