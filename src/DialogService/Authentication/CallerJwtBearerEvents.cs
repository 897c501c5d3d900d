using DialogTokens.DialogService.Problems;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Net.Http.Headers;

namespace DialogTokens.DialogService.Authentication;

/// <summary>Turns JwtBearer's failures into a 401 problem that says what was wrong, keeping the RFC 6750 challenge.</summary>
internal sealed class CallerJwtBearerEvents(string? audience) : JwtBearerEvents
{
    public override async Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        // The token handler swallows a failed metadata fetch and then reports a missing key or issuer; ask the
        // configuration manager (cached, rate-limited) whether that is what happened.
        if (context.Options.ConfigurationManager is not { } manager)
        {
            return;
        }

        try
        {
            await manager.GetConfigurationAsync(context.HttpContext.RequestAborted);
        }
        catch (InvalidOperationException exception)
        {
            context.Fail(new IssuerMetadataUnavailableException(
                $"The issuer's metadata could not be read from '{context.Options.MetadataAddress}'.", exception));
        }
    }

    public override Task Challenge(JwtBearerChallengeContext context)
    {
        var failure = AuthenticationFailureDescription.Describe(context.AuthenticateFailure, audience, context.Options.MetadataAddress);

        // RFC 6750 §3.1: no error code when the request had no token; invalid_token when it was rejected.
        var challenge = context.AuthenticateFailure is null
            ? context.Options.Challenge
            : $"{context.Options.Challenge} error=\"invalid_token\", error_description=\"{failure.Summary}\"";
        context.HandleResponse();
        RefusedRequest.CloseIfItHasABody(context.HttpContext);
        context.Response.Headers.Append(HeaderNames.WWWAuthenticate, challenge);
        return DialogProblem.WriteAsync(context.HttpContext, DialogProblemTypes.Unauthenticated, failure.Detail);
    }
}
