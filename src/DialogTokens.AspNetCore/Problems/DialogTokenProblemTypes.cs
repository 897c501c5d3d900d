namespace DialogTokens.AspNetCore;

/// <summary>
/// Every problem the dialog token scheme answers, as RFC 9457 problem details (<c>application/problem+json</c>) with
/// <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>code</c> (the token error code of docs/errors.md) and
/// <c>traceId</c>. The URIs identify the problem; nothing is served there.
/// </summary>
public static class DialogTokenProblemTypes
{
    /// <summary>The prefix of every problem type URI, shared with the dialog service's.</summary>
    public const string Prefix = "https://dialogtokens.dev/problems/";

    /// <summary>401: no dialog token, or one that was refused (<c>code</c> says why: <c>token_expired</c>, <c>signature_invalid</c>, …).</summary>
    public const string Unauthenticated = Prefix + "unauthenticated";

    /// <summary>403 <c>service_resource_mismatch</c>: the token is valid, but for another service resource (<c>s</c>) than the scheme's or the endpoint's.</summary>
    public const string ServiceResourceMismatch = Prefix + "service-resource-mismatch";

    /// <summary>403 <c>party_mismatch</c>: the token is valid, but for another party (<c>p</c>) than the scheme's.</summary>
    public const string PartyMismatch = Prefix + "party-mismatch";

    /// <summary>403 <c>dialog_mismatch</c>: the token is valid, but for another dialog than the one the request addresses.</summary>
    public const string DialogMismatch = Prefix + "dialog-mismatch";

    /// <summary>403 <c>action_not_granted</c>: the token is valid, but does not grant the action the endpoint requires.</summary>
    public const string ActionNotGranted = Prefix + "action-not-granted";

    /// <summary>
    /// 503 <c>keys_unavailable</c>: no key set was ever loaded from the issuer, so no token can be checked. The issuer's
    /// fault, not the caller's: answered with <c>Retry-After</c> and no challenge.
    /// </summary>
    public const string KeysUnavailable = Prefix + "keys-unavailable";

    /// <summary>403: another requirement of the endpoint's authorization policy refused the request (no <c>code</c>).</summary>
    public const string Forbidden = Prefix + "forbidden";

    internal static readonly DialogTokenProblemType UnauthenticatedRow = new(Unauthenticated, "Unauthenticated", 401);
    internal static readonly DialogTokenProblemType ServiceResourceMismatchRow = new(ServiceResourceMismatch, "Service resource mismatch", 403);
    internal static readonly DialogTokenProblemType PartyMismatchRow = new(PartyMismatch, "Party mismatch", 403);
    internal static readonly DialogTokenProblemType DialogMismatchRow = new(DialogMismatch, "Dialog mismatch", 403);
    internal static readonly DialogTokenProblemType ActionNotGrantedRow = new(ActionNotGranted, "Action not granted", 403);
    internal static readonly DialogTokenProblemType KeysUnavailableRow = new(KeysUnavailable, "Issuer keys unavailable", 503);
    internal static readonly DialogTokenProblemType ForbiddenRow = new(Forbidden, "Forbidden", 403);

    /// <summary>The 403 row of a valid token that is for something else (<see cref="DialogTokenErrors.IsForbidden"/>).</summary>
    internal static DialogTokenProblemType ForRefusal(DialogTokenError error) => error switch
    {
        DialogTokenError.ServiceResourceMismatch => ServiceResourceMismatchRow,
        DialogTokenError.PartyMismatch => PartyMismatchRow,
        DialogTokenError.DialogMismatch => DialogMismatchRow,
        DialogTokenError.ActionNotGranted => ActionNotGrantedRow,
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Not a refusal of a valid token."),
    };
}

/// <summary>One row of <see cref="DialogTokenProblemTypes"/>.</summary>
internal sealed record DialogTokenProblemType(string Type, string Title, int Status);
