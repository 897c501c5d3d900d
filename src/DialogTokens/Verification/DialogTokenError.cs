namespace DialogTokens;

/// <summary>
/// Why a dialog token was not accepted. Each value has a stable code (<see cref="DialogTokenErrors.ToCode"/>)
/// documented in <c>docs/errors.md</c>; the order is the order in which the verifier checks.
/// </summary>
public enum DialogTokenError
{
    /// <summary>The token was accepted.</summary>
    None = 0,

    /// <summary><c>token_missing</c>: no token, or an empty one.</summary>
    TokenMissing,

    /// <summary><c>token_too_large</c>: longer than the configured maximum, rejected before any parsing.</summary>
    TokenTooLarge,

    /// <summary><c>token_malformed</c>: not three dot-separated parts with a non-empty header and payload.</summary>
    TokenMalformed,

    /// <summary><c>token_encoding_invalid</c>: a part is not canonical base64url (padding, <c>+</c>, <c>/</c>, white space, non-zero unused bits).</summary>
    TokenEncodingInvalid,

    /// <summary><c>header_invalid</c>: the header is not a JSON object of known shape, repeats a name, or has <c>crit</c>.</summary>
    HeaderInvalid,

    /// <summary><c>algorithm_not_allowed</c>: <c>alg</c> is missing or is not exactly <c>EdDSA</c>.</summary>
    AlgorithmNotAllowed,

    /// <summary><c>token_type_not_allowed</c>: <c>typ</c> is present and is neither <c>JWT</c> nor <c>dialogtoken+jwt</c>.</summary>
    TokenTypeNotAllowed,

    /// <summary><c>key_id_missing</c>: the header has no <c>kid</c>.</summary>
    KeyIdMissing,

    /// <summary><c>key_not_found</c>: no key in the issuer's key set has the header's <c>kid</c>.</summary>
    KeyNotFound,

    /// <summary><c>signature_invalid</c>: the Ed25519 signature does not verify.</summary>
    SignatureInvalid,

    /// <summary><c>payload_invalid</c>: the payload is not a JSON object, or repeats a claim name.</summary>
    PayloadInvalid,

    /// <summary><c>claim_missing</c>: a claim that every dialog token carries is absent.</summary>
    ClaimMissing,

    /// <summary><c>claim_invalid</c>: a claim has the wrong JSON type or an invalid value.</summary>
    ClaimInvalid,

    /// <summary><c>token_not_yet_valid</c>: <c>nbf</c> is later than now plus the clock skew.</summary>
    TokenNotYetValid,

    /// <summary><c>token_expired</c>: <c>exp</c> plus the clock skew is not later than now.</summary>
    TokenExpired,

    /// <summary><c>token_issued_in_future</c>: <c>iat</c> is later than now plus the clock skew.</summary>
    TokenIssuedInFuture,

    /// <summary><c>token_lifetime_too_long</c>: <c>exp - iat</c> is longer than the configured maximum token lifetime.</summary>
    TokenLifetimeTooLong,

    /// <summary><c>issuer_invalid</c>: <c>iss</c> is not the expected issuer.</summary>
    IssuerInvalid,

    /// <summary><c>service_resource_mismatch</c>: the token is valid, but for another service resource (<c>s</c>) than the configured or required one.</summary>
    ServiceResourceMismatch,

    /// <summary><c>party_mismatch</c>: the token is valid, but for another party (<c>p</c>) than the configured one.</summary>
    PartyMismatch,

    /// <summary><c>dialog_mismatch</c>: the token is for another dialog than the one the request addresses.</summary>
    DialogMismatch,

    /// <summary><c>action_not_granted</c>: the required (action, authorization attribute) pair is not in <c>a</c>.</summary>
    ActionNotGranted,

    /// <summary><c>keys_unavailable</c>: no key set was ever loaded from the issuer, so nothing can be verified.</summary>
    KeysUnavailable,
}

/// <summary>Stable codes of <see cref="DialogTokenError"/>.</summary>
public static class DialogTokenErrors
{
    /// <summary>The stable, snake_case code of <paramref name="error"/>, as used on the wire and in logs.</summary>
    public static string ToCode(this DialogTokenError error) => error switch
    {
        DialogTokenError.None => "none",
        DialogTokenError.TokenMissing => "token_missing",
        DialogTokenError.TokenTooLarge => "token_too_large",
        DialogTokenError.TokenMalformed => "token_malformed",
        DialogTokenError.TokenEncodingInvalid => "token_encoding_invalid",
        DialogTokenError.HeaderInvalid => "header_invalid",
        DialogTokenError.AlgorithmNotAllowed => "algorithm_not_allowed",
        DialogTokenError.TokenTypeNotAllowed => "token_type_not_allowed",
        DialogTokenError.KeyIdMissing => "key_id_missing",
        DialogTokenError.KeyNotFound => "key_not_found",
        DialogTokenError.SignatureInvalid => "signature_invalid",
        DialogTokenError.PayloadInvalid => "payload_invalid",
        DialogTokenError.ClaimMissing => "claim_missing",
        DialogTokenError.ClaimInvalid => "claim_invalid",
        DialogTokenError.TokenNotYetValid => "token_not_yet_valid",
        DialogTokenError.TokenExpired => "token_expired",
        DialogTokenError.TokenIssuedInFuture => "token_issued_in_future",
        DialogTokenError.TokenLifetimeTooLong => "token_lifetime_too_long",
        DialogTokenError.IssuerInvalid => "issuer_invalid",
        DialogTokenError.ServiceResourceMismatch => "service_resource_mismatch",
        DialogTokenError.PartyMismatch => "party_mismatch",
        DialogTokenError.DialogMismatch => "dialog_mismatch",
        DialogTokenError.ActionNotGranted => "action_not_granted",
        DialogTokenError.KeysUnavailable => "keys_unavailable",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown dialog token error."),
    };

    /// <summary>
    /// Whether the failure concerns what the token is for rather than the token itself (HTTP 403 rather than 401): the
    /// token verified, but is for another service resource, party or dialog, or does not grant the action.
    /// </summary>
    public static bool IsForbidden(this DialogTokenError error) =>
        error is DialogTokenError.ServiceResourceMismatch or DialogTokenError.PartyMismatch
            or DialogTokenError.DialogMismatch or DialogTokenError.ActionNotGranted;
}
