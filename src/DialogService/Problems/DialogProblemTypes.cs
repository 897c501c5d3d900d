namespace DialogTokens.DialogService.Problems;

/// <summary>
/// Every problem the dialog service answers, as RFC 9457 problem details (<c>application/problem+json</c>) with
/// <c>type</c>, <c>title</c>, <c>status</c>, a <c>detail</c> that says exactly what was wrong, and a <c>traceId</c>.
/// This is the one table of them (docs/errors.md repeats it); the URIs identify the problem, nothing is served there.
/// </summary>
public static class DialogProblemTypes
{
    /// <summary>The prefix of every problem type URI (shared with the policy decision point's table).</summary>
    public const string Prefix = DialogTokens.Authorization.XacmlProblemTypes.Prefix;

    /// <summary>400: the body is not JSON, or a value has the wrong JSON type.</summary>
    public const string RequestMalformed = Prefix + "request-malformed";

    /// <summary>400: the request breaks one or more rules; <c>errors</c> lists every violation by field.</summary>
    public const string ValidationFailed = Prefix + "validation-failed";

    /// <summary>401: no bearer token, or one that is not valid (expired, wrong issuer, bad signature).</summary>
    public const string Unauthenticated = Prefix + "unauthenticated";

    /// <summary>403: the token is valid but lacks the scope this API needs.</summary>
    public const string InsufficientScope = Prefix + "insufficient-scope";

    /// <summary>403: the caller may not do this (no access to the dialog, or a resource its organization does not own).</summary>
    public const string Forbidden = Prefix + "forbidden";

    /// <summary>403: the policy permits it only at a higher authentication level than the login has.</summary>
    public const string AuthenticationLevelTooLow = Prefix + "authentication-level-too-low";

    /// <summary>404: no such dialog (or none the caller may see).</summary>
    public const string DialogNotFound = Prefix + "dialog-not-found";

    /// <summary>406: the <c>Accept</c> header excludes JSON.</summary>
    public const string NotAcceptable = Prefix + "not-acceptable";

    /// <summary>409: a dialog with this id exists already.</summary>
    public const string DialogExists = Prefix + "dialog-exists";

    /// <summary>410: the dialog was deleted.</summary>
    public const string DialogDeleted = Prefix + "dialog-deleted";

    /// <summary>412: <c>If-Match</c> names a revision that is no longer current.</summary>
    public const string RevisionMismatch = Prefix + "revision-mismatch";

    /// <summary>413: the body is larger than the service accepts.</summary>
    public const string RequestTooLarge = Prefix + "request-too-large";

    /// <summary>415: the body is not <c>application/json</c>.</summary>
    public const string ContentTypeUnsupported = Prefix + "content-type-unsupported";

    /// <summary>428: an update (PUT) without <c>If-Match</c>; a delete may omit it.</summary>
    public const string RevisionRequired = Prefix + "revision-required";

    /// <summary>503: the policy decision point gave no answer; never turned into a deny.</summary>
    public const string PdpUnavailable = DialogTokens.Authorization.XacmlProblemTypes.PdpUnavailable;

    /// <summary>503: no signing key is available yet, so no dialog token can be issued.</summary>
    public const string SigningKeyUnavailable = Prefix + "signing-key-unavailable";

    /// <summary>503: the server has no address yet and <c>DialogService:BaseUri</c> is not set, so the issuer is unknown.</summary>
    public const string IssuerAddressUnknown = Prefix + "issuer-address-unknown";

    /// <summary>500: an unexpected failure; the trace id finds it in the logs. Never a stack trace.</summary>
    public const string InternalError = Prefix + "internal-error";

    internal static readonly DialogProblemType Malformed = new(RequestMalformed, "Malformed request", 400);
    internal static readonly DialogProblemType Validation = new(ValidationFailed, "Validation failed", 400);
    internal static readonly DialogProblemType NoLogin = new(Unauthenticated, "Unauthenticated", 401);
    internal static readonly DialogProblemType Scope = new(InsufficientScope, "Insufficient scope", 403);
    internal static readonly DialogProblemType NoAccess = new(Forbidden, "Forbidden", 403);
    internal static readonly DialogProblemType LevelTooLow = new(AuthenticationLevelTooLow, "Authentication level too low", 403);
    internal static readonly DialogProblemType NotFound = new(DialogNotFound, "Dialog not found", 404);
    internal static readonly DialogProblemType NotJson = new(NotAcceptable, "Not acceptable", 406);
    internal static readonly DialogProblemType Exists = new(DialogExists, "Dialog exists", 409);
    internal static readonly DialogProblemType Deleted = new(DialogDeleted, "Dialog deleted", 410);
    internal static readonly DialogProblemType Mismatch = new(RevisionMismatch, "Revision mismatch", 412);
    internal static readonly DialogProblemType TooLarge = new(RequestTooLarge, "Request too large", 413);
    internal static readonly DialogProblemType ContentType = new(ContentTypeUnsupported, "Unsupported content type", 415);
    internal static readonly DialogProblemType NoRevision = new(RevisionRequired, "Revision required", 428);
    internal static readonly DialogProblemType Pdp = new(PdpUnavailable, "Policy decision point unavailable", 503);
    internal static readonly DialogProblemType NoSigningKey = new(SigningKeyUnavailable, "Signing key unavailable", 503);
    internal static readonly DialogProblemType NoIssuer = new(IssuerAddressUnknown, "Issuer address unknown", 503);
    internal static readonly DialogProblemType Internal = new(InternalError, "Internal error", 500);
}

/// <summary>One row of <see cref="DialogProblemTypes"/>.</summary>
internal sealed record DialogProblemType(string Type, string Title, int Status);
