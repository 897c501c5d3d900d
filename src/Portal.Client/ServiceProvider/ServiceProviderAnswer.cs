using DialogTokens.Portal.Client.Api;

namespace DialogTokens.Portal.Client.ServiceProvider;

/// <summary>Why a call to the service provider brought no HTTP answer, or one the portal would not read.</summary>
public enum ServiceProviderFailure
{
    /// <summary>An HTTP answer came (see its status).</summary>
    None,

    /// <summary>No answer within the timeout.</summary>
    Timeout,

    /// <summary>The request failed: the server is down, refused the connection, or CORS refused the answer.</summary>
    Network,

    /// <summary>The body was larger than the cap; it was not read to the end.</summary>
    TooLarge,
}

/// <summary>What the service provider answered to one call, as the portal shows it (the token panel's "last answer").</summary>
/// <param name="Method">The request's method.</param>
/// <param name="Url">The request's URL.</param>
/// <param name="Status">The HTTP status, or null when no answer came.</param>
/// <param name="Failure">Why no usable answer came, or <see cref="ServiceProviderFailure.None"/>.</param>
/// <param name="Problem">The RFC 9457 problem of an error answer, when it had one.</param>
/// <param name="ContentType">The media type of the body, without parameters.</param>
/// <param name="Body">The body as text (at most the cap), or null.</param>
/// <param name="TokenRenewed">Whether the call was repeated once with a fresh token after a 401 <c>token_expired</c>.</param>
public sealed record ServiceProviderAnswer(
    string Method,
    Uri Url,
    int? Status,
    ServiceProviderFailure Failure,
    Problem? Problem,
    string? ContentType,
    string? Body,
    bool TokenRenewed)
{
    /// <summary>The dialog token scheme's code of an expired token (docs/errors.md).</summary>
    public const string TokenExpiredCode = "token_expired";

    public bool IsSuccess => Failure == ServiceProviderFailure.None && Status is >= 200 and < 300;

    /// <summary>A 401 whose problem or challenge says the token expired: worth one renewal.</summary>
    public static bool SaysTokenExpired(int status, Problem? problem, string? wwwAuthenticate) =>
        status == 401
        && (problem?.Code == TokenExpiredCode
            || (wwwAuthenticate?.Contains(TokenExpiredCode, StringComparison.Ordinal) ?? false));
}
