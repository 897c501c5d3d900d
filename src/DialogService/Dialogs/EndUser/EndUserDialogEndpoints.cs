using System.Security.Claims;
using DialogTokens.Authorization;
using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.Problems;
using DialogTokens.DialogService.Telemetry;
using DialogTokens.DialogService.WellKnown;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DialogTokens.DialogService.Dialogs.EndUser;

/// <summary>
/// <c>GET /api/v1/enduser/dialogs/{id}</c>: the dialog with a decision on every action and a fresh dialog token;
/// <c>GET /api/v1/enduser/dialogs</c>: the dialogs of the parties the user may act for. ID-porten style login.
/// </summary>
internal static class EndUserDialogEndpoints
{
    public const string InstancePrefix = "urn:altinn:dialog-id:";

    public static IEndpointRouteBuilder MapEndUserDialogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/enduser/dialogs")
            .RequireAuthorization(CallerPolicies.EndUser)
            .AddEndpointFilter<RequireJsonAcceptFilter>()
            .WithTags("End user");

        group.MapGet("/{dialogId:guid}", GetDialogAsync)
            .WithName("GetEndUserDialog")
            .WithDialogActivity("dialog.get")
            .WithSummary("Gets a dialog with isAuthorized on each action and a fresh dialog token.")
            .Produces<EndUserDialogView>()
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(410).ProducesProblem(503);

        group.MapGet("/", ListDialogsAsync)
            .WithName("ListEndUserDialogs")
            .WithDialogActivity("dialog.list")
            .WithSummary("Lists the dialogs the user may read, of the given parties or of every party the user may act for, latest change first.")
            .WithDescription($"Pages with limit (1 to {EndUserDialogListRequest.MaxLimit}) and the continuationToken of the previous page. A request makes at most {EndUserDialogListing.MaxDecisionsPerRequest} policy decisions; a page may then hold fewer items than the limit and still have a next page.")
            .Produces<EndUserDialogList>()
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(503);
        return endpoints;
    }

    internal static async Task<Results<Ok<EndUserDialogView>, ProblemHttpResult>> GetDialogAsync(
        Guid dialogId,
        ClaimsPrincipal user,
        HttpContext context,
        DialogStore store,
        IDialogAuthorizer authorizer,
        DialogTokenIssuerSource issuers,
        CancellationToken cancellationToken)
    {
        if (!EndUserCaller.TryRead(user, out var caller, out var callerProblem))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, callerProblem);
        }

        var dialog = await store.FindAsync(dialogId, cancellationToken);
        if (dialog is null)
        {
            return DialogProblem.Create(DialogProblemTypes.DialogNotFound, $"There is no dialog {dialogId}.");
        }

        // Authorized first, as Dialogporten does: that a dialog was deleted, and when, is for those who may read it.
        var decision = await authorizer.AuthorizeAsync(Request(caller, dialog, dialog.Document.AuthorizationPairs()), cancellationToken);
        if (Refusal(decision, caller, dialog) is { } refusal)
        {
            return refusal;
        }

        if (dialog.IsDeleted)
        {
            return DialogProblem.Create(DialogProblemTypes.DialogDeleted, $"The dialog {dialogId} was deleted at {dialog.DeletedAt:O}.");
        }

        if (!issuers.TryGet(out var issuer))
        {
            return DialogProblem.Create(DialogProblemTypes.IssuerAddressUnknown, IssuerAddress.UnknownReason);
        }

        string token;
        try
        {
            token = issuer.Issue(new DialogTokenDescriptor
            {
                AuthenticatedParty = caller.Subject,
                AuthenticationLevel = caller.AuthenticationLevel,
                Party = dialog.Party,
                ServiceResource = dialog.ServiceResource,
                DialogId = dialog.Id,
                Actions = decision.Authorized,
            });
        }
        catch (InvalidOperationException)
        {
            // Only while the key ring has not loaded yet (start-up against an unreachable database).
            return DialogProblem.Create(DialogProblemTypes.SigningKeyUnavailable, "No signing key is loaded yet, so no dialog token can be issued; try again shortly.");
        }

        context.Response.Headers.ETag = ETags.Format(dialog.Revision);
        return TypedResults.Ok(EndUserDialogViews.Create(dialog, decision.Authorized, token));
    }

    internal static async Task<Results<Ok<EndUserDialogList>, ProblemHttpResult>> ListDialogsAsync(
        ClaimsPrincipal user,
        [FromQuery(Name = "party")] string[]? party,
        [FromQuery(Name = "limit")] string? limit,
        [FromQuery(Name = "continuationToken")] string? continuationToken,
        DialogStore store,
        IAuthorizationStore parties,
        IDialogAuthorizer authorizer,
        DialogListTokens tokens,
        CancellationToken cancellationToken)
    {
        if (!EndUserCaller.TryRead(user, out var caller, out var callerProblem))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, callerProblem);
        }

        if (!EndUserDialogListRequest.TryCreate(party, limit, continuationToken, tokens, caller.Subject, out var request, out var errors))
        {
            return DialogProblem.Validation(errors);
        }

        return await new EndUserDialogListing(store, parties, authorizer, tokens).ListAsync(caller, request, cancellationToken) switch
        {
            EndUserDialogListResult.Listed listed => TypedResults.Ok(listed.Page),
            EndUserDialogListResult.PdpUnavailable pdp => DialogProblem.Create(DialogProblemTypes.PdpUnavailable, "The policy decision point did not answer: " + pdp.Reason),
            _ => throw new InvalidOperationException("An unknown list result."),
        };
    }

    private static DialogAuthorizationRequest Request(EndUserCaller caller, Dialog dialog, IReadOnlyList<DialogAction> actions) => new()
    {
        Subject = caller.Subject,
        AuthenticationLevel = caller.AuthenticationLevel,
        Party = dialog.Party,
        ServiceResource = dialog.ServiceResource,
        InstanceId = InstancePrefix + dialog.Id,
        Actions = actions,
    };

    /// <summary>Why the user may not see the dialog at all, or null when <c>read</c> on the main resource is permitted.</summary>
    private static ProblemHttpResult? Refusal(DialogAuthorizationResult decision, EndUserCaller caller, Dialog dialog)
    {
        if (decision.Unavailable is not null)
        {
            return DialogProblem.Create(DialogProblemTypes.PdpUnavailable, "The policy decision point did not answer, so no decision was made: " + decision.Unavailable);
        }

        if (decision.Problem is not null)
        {
            // Fail closed: a dialog that cannot be decided is not shown.
            return DialogProblem.Create(DialogProblemTypes.Forbidden, $"The dialog {dialog.Id} could not be authorized: {decision.Problem}");
        }

        if (decision.Authorized.IsGranted("read"))
        {
            return null;
        }

        var read = decision.Decisions.FirstOrDefault(d => d.Action == new DialogAction("read"));
        return read?.MinimumAuthenticationLevel is { } needed && needed > caller.AuthenticationLevel
            ? DialogProblem.Create(DialogProblemTypes.AuthenticationLevelTooLow, $"Reading dialog {dialog.Id} needs authentication level {needed}; this login has level {caller.AuthenticationLevel}. Log in again with a higher level.")
            : DialogProblem.Create(DialogProblemTypes.Forbidden, $"{caller.Subject} may not read dialog {dialog.Id}.");
    }
}
