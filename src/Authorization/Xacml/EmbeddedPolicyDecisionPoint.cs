using Altinn.Authorization.ABAC;
using Altinn.Authorization.ABAC.Xacml;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DialogTokens.Authorization;

/// <summary>
/// Altinn Authorization's decision point, embedded: finds the policy of the requested resource in the store (a
/// resource of the resource registry by <c>urn:altinn:resource</c>, an Altinn app by <c>urn:altinn:org</c> and
/// <c>urn:altinn:app</c> as resource <c>app_&lt;org&gt;_&lt;app&gt;</c>), adds the roles and access packages the subject
/// holds for the resource party, and evaluates with Altinn's own engine (Altinn.Authorization.ABAC).
/// Parsed policies are cached; thread-safe; one instance serves the whole process.
/// </summary>
public sealed class EmbeddedPolicyDecisionPoint : IXacmlPolicyDecisionPoint
{
    private readonly IAuthorizationStore _store;
    private readonly ILogger _logger;
    private readonly PolicyCache _policies = new();
    private readonly PolicyDecisionPoint _engine = new();

    /// <summary>Creates the decision point over <paramref name="store"/>.</summary>
    /// <param name="store">Resources with their policies, and who holds which role or access package for whom.</param>
    /// <param name="logger">Optional; logs refused requests and Indeterminate decisions with their reasons, never a policy.</param>
    public EmbeddedPolicyDecisionPoint(IAuthorizationStore store, ILogger<EmbeddedPolicyDecisionPoint>? logger = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>
    /// Decides a JSON-profile (multi-)request: one result per request reference, in reference order, or one result
    /// for a request without references. A malformed request (no Request, a category without attributes, an attribute
    /// without id or value, a reference to an unknown category id, a subject asserting roles or access packages ...)
    /// is refused with <see cref="XacmlDecisionOutcome.BadRequest"/>. A request that is well formed but cannot be
    /// decided (unknown resource, unreadable policy, contradictory subject) gets an Indeterminate result with status
    /// processing-error and a status message, as Altinn Authorization answers.
    /// </summary>
    public async Task<XacmlDecisionOutcome> DecideAsync(XacmlJsonRequestRoot request, CancellationToken cancellationToken = default)
    {
        if (!JsonRequestSplitter.TrySplit(request, out var requests, out var problem))
        {
            EmbeddedPdpLog.RequestRefused(_logger, problem);
            return XacmlDecisionOutcome.BadRequest(problem);
        }

        var scope = new DecisionScope(_store);
        var results = new List<XacmlJsonResult>(requests.Count);
        foreach (var single in requests)
        {
            results.Add(XacmlOutcomes.ToJson(await DecideOneAsync(single, scope, cancellationToken)));
        }

        return XacmlDecisionOutcome.Decided(new XacmlJsonResponse { Response = results });
    }

    /// <summary>
    /// Decides one XML context request (as read by <c>XacmlParser.ReadContextRequest</c>). The request is not modified.
    /// A request without a subject, action or resource category, or whose subject asserts roles or access packages,
    /// gets an Indeterminate result with status processing-error, like every request that cannot be decided.
    /// </summary>
    public async Task<XacmlContextResponse> DecideAsync(XacmlContextRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var copy = request.Copy();
        var result = XmlRequestRules.Check(copy) is { } problem
            ? XacmlOutcomes.Indeterminate(problem)
            : await DecideOneAsync(copy, new DecisionScope(_store), cancellationToken);
        return new XacmlContextResponse(result);
    }

    private async Task<XacmlContextResult> DecideOneAsync(XacmlContextRequest request, DecisionScope scope, CancellationToken cancellationToken)
    {
        var resource = ResourceAttributes.Read(request);
        if (resource.ResourceId is not { } resourceId)
        {
            return Undecidable(null, "The request names no resource: urn:altinn:resource, or urn:altinn:org with urn:altinn:app.");
        }

        if (await scope.FindResourceAsync(resourceId, cancellationToken) is not { } stored)
        {
            return Undecidable(resourceId, $"There is no policy for the resource '{resourceId}'.");
        }

        var policy = _policies.Get(stored);
        if (policy.Policy is null)
        {
            return Undecidable(resourceId, policy.Problem!);
        }

        if (await new ContextHandler(scope).EnrichAsync(request, resource, policy, cancellationToken) is { } problem)
        {
            return Undecidable(resourceId, problem);
        }

        try
        {
            return _engine.Authorize(request, policy.Policy).Results.First();
        }
        catch (Exception e) when (e is NotImplementedException or ArgumentException or InvalidOperationException or FormatException or NullReferenceException)
        {
            // Only a policy that bypassed validation (imported directly into the store) can get here.
            EmbeddedPdpLog.EvaluationFailed(_logger, resourceId, e);
            return XacmlOutcomes.Indeterminate($"The policy of resource '{resourceId}' could not be evaluated.");
        }
    }

    private XacmlContextResult Undecidable(string? resourceId, string reason)
    {
        EmbeddedPdpLog.Undecidable(_logger, resourceId, reason);
        return XacmlOutcomes.Indeterminate(reason);
    }
}
