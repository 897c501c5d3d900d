using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DialogTokens.AspNetCore;

/// <summary>
/// The dialog token scheme: reads <c>Authorization: Bearer</c>, verifies the token with the scheme's validator (keys from
/// the issuer's metadata), and signs in its claims. No bearer token: no result. A refused token: a failure with its
/// code, answered 401 with an RFC 6750 challenge and a problem. A valid token for another service resource or party
/// than the scheme's, or a refused request (<c>RequireDialogAction</c>): 403.
/// </summary>
internal sealed class DialogTokenAuthenticationHandler(
    IOptionsMonitor<DialogTokenAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder, DialogTokenSchemes schemes)
    : AuthenticationHandler<DialogTokenAuthenticationOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!BearerToken.TryRead(Request.Headers.Authorization, out var encoded))
        {
            return AuthenticateResult.NoResult();
        }

        // Only the token here; the dialog and the action are the endpoint's business (DialogActionAuthorizationHandler).
        var result = await schemes.Get(Scheme.Name).Validator.VerifyAsync(encoded, cancellationToken: Context.RequestAborted).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return AuthenticateResult.Fail(new DialogTokenRejectedException(result.Error, result.ErrorDescription ?? result.Error.ToCode()));
        }

        var token = result.Token;
        var claims = token.Claims;
        Context.Features.Set<IDialogTokenFeature>(new VerifiedDialogToken(token, claims));
        var properties = new AuthenticationProperties { IssuedUtc = claims.IssuedAt, ExpiresUtc = claims.ExpiresAt };
        return AuthenticateResult.Success(new AuthenticationTicket(DialogTokenPrincipal.Create(claims, Scheme.Name), properties, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var authenticated = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        if (authenticated.Failure is DialogTokenRejectedException { Error: DialogTokenError.KeysUnavailable } unavailable)
        {
            // The issuer has never answered: a failing dependency (503), not a bad token (401). Discovery retries on its own.
            Response.Headers.RetryAfter = "30";
            await DialogTokenProblem.WriteAsync(Context, DialogTokenProblemTypes.KeysUnavailableRow, unavailable.Description, unavailable.Code).ConfigureAwait(false);
            return;
        }

        if (authenticated.Failure is DialogTokenRejectedException { Error: var error } refused && error.IsForbidden())
        {
            // The token verified but is not for this service (s, p): a refusal like dialog_mismatch, not a bad token, so
            // 403 without an invalid_token challenge. Sending it again cannot help.
            await DialogTokenProblem.WriteAsync(Context, DialogTokenProblemTypes.ForRefusal(error), refused.Description, refused.Code).ConfigureAwait(false);
            return;
        }

        string challenge;
        string detail;
        string? code;
        if (authenticated.Failure is DialogTokenRejectedException rejected)
        {
            // RFC 6750 §3.1: invalid_token for a token that was refused; the code leads the description.
            challenge = $"Bearer error=\"invalid_token\", error_description=\"{ChallengeText.Sanitize($"{rejected.Code}: {rejected.Description}")}\"";
            detail = rejected.Description;
            code = rejected.Code;
        }
        else if (authenticated.Failure is not null)
        {
            challenge = "Bearer error=\"invalid_token\"";
            detail = "The dialog token could not be verified.";
            code = null;
        }
        else
        {
            // RFC 6750 §3.1: a request without a token gets no error code.
            challenge = "Bearer";
            detail = authenticated.None
                ? "The request carries no dialog token; send it as 'Authorization: Bearer <token>' (RFC 6750 §2.1)."
                : "This endpoint requires a dialog token.";
            code = authenticated.None ? DialogTokenError.TokenMissing.ToCode() : null;
        }

        Response.Headers.Append(HeaderNames.WWWAuthenticate, challenge);
        await DialogTokenProblem.WriteAsync(Context, DialogTokenProblemTypes.UnauthenticatedRow, detail, code).ConfigureAwait(false);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        // No WWW-Authenticate: the token is fine, it is for another dialog or lacks the action (not a scope, RFC 6750 §3.1).
        return Context.Features.Get<DialogActionFailure>() is { } failure
            ? DialogTokenProblem.WriteAsync(Context, failure.ProblemType, failure.Description, failure.Error.ToCode())
            : DialogTokenProblem.WriteAsync(Context, DialogTokenProblemTypes.ForbiddenRow, "The endpoint's authorization policy refused the request.", code: null);
    }
}
