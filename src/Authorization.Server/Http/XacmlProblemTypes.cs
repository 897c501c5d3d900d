namespace DialogTokens.Authorization;

/// <summary>
/// Every problem the XACML JSON endpoint (<c>POST /authorization/api/v1/authorize</c>) answers, as RFC 9457 problem
/// details (<c>application/problem+json</c>) with <c>type</c>, <c>title</c>, <c>status</c>, a <c>detail</c> that says
/// exactly what was wrong, and a <c>traceId</c>. This is the one table of them:
/// <list type="table">
/// <listheader><term>type</term><description>status: when</description></listheader>
/// <item><term><see cref="ContentTypeUnsupported"/></term><description>415: the content type is not <c>application/json</c> (or <c>application/xacml+json</c>), its charset is not UTF-8, or it is XML (<c>application/xml</c>, <c>text/xml</c>, <c>application/xacml+xml</c>) and the PDP is not the embedded one.</description></item>
/// <item><term><see cref="RequestTooLarge"/></term><description>413: the body is larger than <see cref="PolicyDecisionPointEndpoints.MaxRequestBodySize"/>.</description></item>
/// <item><term><see cref="RequestMalformed"/></term><description>400: the body is empty, not JSON, or has a value of the wrong JSON type or a property twice; for XML: not well-formed, a DTD, or not a XACML context request.</description></item>
/// <item><term><see cref="RequestInvalid"/></term><description>400: the JSON is a request the PDP cannot decide: no <c>Request</c>, a reference id that names no category, or refused by the PDP.</description></item>
/// <item><term><see cref="PdpUnavailable"/></term><description>503: the policy decision point gave no answer (for a remote PDP: unreachable, timed out, 5xx, garbage).</description></item>
/// </list>
/// The URIs identify the problem; nothing is served at them.
/// </summary>
public static class XacmlProblemTypes
{
    /// <summary>The prefix of every problem type URI.</summary>
    public const string Prefix = "https://dialogtokens.dev/problems/";

    /// <summary>415: the content type is not a JSON one, or not UTF-8; or XML to a PDP that decides only JSON.</summary>
    public const string ContentTypeUnsupported = Prefix + "xacml-content-type-unsupported";

    /// <summary>413: the body exceeds the size cap.</summary>
    public const string RequestTooLarge = Prefix + "xacml-request-too-large";

    /// <summary>400: the body is not a XACML request (empty, not JSON, wrong JSON types, duplicate properties; bad XML).</summary>
    public const string RequestMalformed = Prefix + "xacml-request-malformed";

    /// <summary>400: well-formed, but not a request the PDP can decide (no Request, unknown reference id, refused).</summary>
    public const string RequestInvalid = Prefix + "xacml-request-invalid";

    /// <summary>503: the policy decision point is not available.</summary>
    public const string PdpUnavailable = Prefix + "pdp-unavailable";

    internal static readonly XacmlProblemType ContentType = new(ContentTypeUnsupported, "Unsupported content type", 415);
    internal static readonly XacmlProblemType TooLarge = new(RequestTooLarge, "XACML request too large", 413);
    internal static readonly XacmlProblemType Malformed = new(RequestMalformed, "Malformed XACML request", 400);
    internal static readonly XacmlProblemType Invalid = new(RequestInvalid, "Invalid XACML request", 400);
    internal static readonly XacmlProblemType Unavailable = new(PdpUnavailable, "Policy decision point unavailable", 503);
}

/// <summary>One row of <see cref="XacmlProblemTypes"/>.</summary>
internal sealed record XacmlProblemType(string Type, string Title, int Status);
