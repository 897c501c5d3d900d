using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization;

/// <summary>
/// A XACML 3.0 policy decision point speaking the JSON profile, as Altinn Authorization's
/// <c>POST /authorization/api/v1/authorize</c>: the embedded engine, or a remote PDP over HTTP.
/// </summary>
public interface IXacmlPolicyDecisionPoint
{
    /// <summary>Decides a (multi-)request: one result per request reference, in reference order.</summary>
    Task<XacmlDecisionOutcome> DecideAsync(XacmlJsonRequestRoot request, CancellationToken cancellationToken = default);
}

/// <summary>What a policy decision point answered: a response, a refused request, or no answer at all.</summary>
public sealed class XacmlDecisionOutcome
{
    private XacmlDecisionOutcome(XacmlJsonResponse? response, string? requestProblem, string? unavailable)
    {
        Response = response;
        RequestProblem = requestProblem;
        Unavailable = unavailable;
    }

    /// <summary>The decisions, when the PDP answered.</summary>
    public XacmlJsonResponse? Response { get; }

    /// <summary>Why the request was refused (malformed, unknown reference ...): the caller's fault, HTTP 400.</summary>
    public string? RequestProblem { get; }

    /// <summary>Why the PDP gave no answer (unreachable, timed out, 5xx, garbage): never a "deny", HTTP 503 upstream.</summary>
    public string? Unavailable { get; }

    public static XacmlDecisionOutcome Decided(XacmlJsonResponse response) => new(response ?? throw new ArgumentNullException(nameof(response)), null, null);

    public static XacmlDecisionOutcome BadRequest(string problem) => new(null, problem, null);

    public static XacmlDecisionOutcome NotAvailable(string reason) => new(null, null, reason);
}
