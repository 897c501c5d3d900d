namespace DialogTokens.DialogService.Problems;

/// <summary>
/// Every problem the dialog service answers, as RFC 9457 problem details (<c>application/problem+json</c>) with
/// <c>type</c>, <c>title</c>, <c>status</c>, a <c>detail</c> that says exactly what was wrong, and a <c>traceId</c>.
/// This is the one table of them, one row per problem (docs/errors.md repeats it, and a test keeps the two in step);
/// the URIs identify the problem, nothing is served there.
/// </summary>
public static class DialogProblemTypes
{
    /// <summary>The prefix of every problem type URI (shared with the policy decision point's table).</summary>
    public const string Prefix = DialogTokens.Authorization.XacmlProblemTypes.Prefix;

    /// <summary>400: the body is not JSON, or a value has the wrong JSON type.</summary>
    public static readonly DialogProblemType RequestMalformed = new(Prefix + "request-malformed", "Malformed request", 400);

    /// <summary>400: the request breaks one or more rules; <c>errors</c> lists every violation by field.</summary>
    public static readonly DialogProblemType ValidationFailed = new(Prefix + "validation-failed", "Validation failed", 400);

    /// <summary>401: no bearer token, or one that is not valid (expired, wrong issuer, bad signature).</summary>
    public static readonly DialogProblemType Unauthenticated = new(Prefix + "unauthenticated", "Unauthenticated", 401);

    /// <summary>403: the token is valid but lacks the scope this API needs.</summary>
    public static readonly DialogProblemType InsufficientScope = new(Prefix + "insufficient-scope", "Insufficient scope", 403);

    /// <summary>403: the caller may not do this (no access to the dialog, or a resource its organization does not own).</summary>
    public static readonly DialogProblemType Forbidden = new(Prefix + "forbidden", "Forbidden", 403);

    /// <summary>403: the policy permits it only at a higher authentication level than the login has.</summary>
    public static readonly DialogProblemType AuthenticationLevelTooLow = new(Prefix + "authentication-level-too-low", "Authentication level too low", 403);

    /// <summary>404: no such dialog (or none the caller may see).</summary>
    public static readonly DialogProblemType DialogNotFound = new(Prefix + "dialog-not-found", "Dialog not found", 404);

    /// <summary>406: the <c>Accept</c> header excludes JSON.</summary>
    public static readonly DialogProblemType NotAcceptable = new(Prefix + "not-acceptable", "Not acceptable", 406);

    /// <summary>409: a dialog with this id exists already.</summary>
    public static readonly DialogProblemType DialogExists = new(Prefix + "dialog-exists", "Dialog exists", 409);

    /// <summary>410: the dialog was deleted.</summary>
    public static readonly DialogProblemType DialogDeleted = new(Prefix + "dialog-deleted", "Dialog deleted", 410);

    /// <summary>412: <c>If-Match</c> names a revision that is no longer current.</summary>
    public static readonly DialogProblemType RevisionMismatch = new(Prefix + "revision-mismatch", "Revision mismatch", 412);

    /// <summary>413: the body is larger than the service accepts.</summary>
    public static readonly DialogProblemType RequestTooLarge = new(Prefix + "request-too-large", "Request too large", 413);

    /// <summary>415: the body is not <c>application/json</c>.</summary>
    public static readonly DialogProblemType ContentTypeUnsupported = new(Prefix + "content-type-unsupported", "Unsupported content type", 415);

    /// <summary>428: an update (PUT) without <c>If-Match</c>; a delete may omit it.</summary>
    public static readonly DialogProblemType RevisionRequired = new(Prefix + "revision-required", "Revision required", 428);

    /// <summary>503: the policy decision point gave no answer; never turned into a deny. Its URI is the PDP's own.</summary>
    public static readonly DialogProblemType PdpUnavailable = new(DialogTokens.Authorization.XacmlProblemTypes.PdpUnavailable, "Policy decision point unavailable", 503);

    /// <summary>503: no signing key is available yet, so no dialog token can be issued.</summary>
    public static readonly DialogProblemType SigningKeyUnavailable = new(Prefix + "signing-key-unavailable", "Signing key unavailable", 503);

    /// <summary>503: the server has no address yet and <c>DialogService:BaseUri</c> is not set, so the issuer is unknown.</summary>
    public static readonly DialogProblemType IssuerAddressUnknown = new(Prefix + "issuer-address-unknown", "Issuer address unknown", 503);

    /// <summary>500: an unexpected failure; the trace id finds it in the logs. Never a stack trace.</summary>
    public static readonly DialogProblemType InternalError = new(Prefix + "internal-error", "Internal error", 500);

    /// <summary>Every row, in the order above (the order of docs/errors.md).</summary>
    public static IReadOnlyList<DialogProblemType> All { get; } =
    [
        RequestMalformed, ValidationFailed, Unauthenticated, InsufficientScope, Forbidden, AuthenticationLevelTooLow,
        DialogNotFound, NotAcceptable, DialogExists, DialogDeleted, RevisionMismatch, RequestTooLarge,
        ContentTypeUnsupported, RevisionRequired, PdpUnavailable, SigningKeyUnavailable, IssuerAddressUnknown, InternalError,
    ];
}

/// <summary>One row of <see cref="DialogProblemTypes"/>.</summary>
/// <param name="Type">The problem type URI (<c>type</c>).</param>
/// <param name="Title">The short, fixed summary (<c>title</c>).</param>
/// <param name="Status">The HTTP status (<c>status</c>).</param>
public sealed record DialogProblemType(string Type, string Title, int Status);
