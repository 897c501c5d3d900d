using System.Diagnostics;
using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Problems;
using DialogTokens.DialogService.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DialogTokens.DialogService.Dialogs.EndUser;

/// <summary>
/// <c>GET /api/v1/enduser/dialogs/{id}</c>: the dialog with a decision on every action and a fresh dialog token;
/// <c>GET /api/v1/enduser/dialogs</c>: the dialogs of the parties the user may act for. ID-porten style login.
/// </summary>
internal static class EndUserDialogEndpoints
{
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
            .WithDescription($"Pages with limit (1 to {EndUserDialogListRequest.MaxLimit}) and the continuationToken of the previous page. A request makes at most {ListDialogs.MaxDecisionsPerRequest} policy decisions; a page may then hold fewer items than the limit and still have a next page.")
            .Produces<EndUserDialogList>()
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(503);
        return endpoints;
    }

    internal static async Task<Results<Ok<EndUserDialogView>, ProblemHttpResult>> GetDialogAsync(
        Guid dialogId, Login<EndUserCaller> login, HttpContext context, GetDialog getDialog, CancellationToken cancellationToken)
    {
        if (!login.TryGetCaller(out var caller, out var refusal))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, refusal);
        }

        return await getDialog.RunAsync(caller, dialogId, cancellationToken) switch
        {
            GetDialogResult.Found found => ETags.Tag(context, found.Dialog.Revision, TypedResults.Ok(found.Dialog)),
            GetDialogResult.NotFound r => DialogProblem.Create(DialogProblemTypes.DialogNotFound, r.Detail),
            GetDialogResult.Forbidden r => DialogProblem.Create(DialogProblemTypes.Forbidden, r.Detail),
            GetDialogResult.AuthenticationLevelTooLow r => DialogProblem.Create(DialogProblemTypes.AuthenticationLevelTooLow, r.Detail),
            GetDialogResult.Deleted r => DialogProblem.Create(DialogProblemTypes.DialogDeleted, r.Detail),
            GetDialogResult.PdpUnavailable r => DialogProblem.Create(DialogProblemTypes.PdpUnavailable, r.Detail),
            GetDialogResult.IssuerAddressUnknown r => DialogProblem.Create(DialogProblemTypes.IssuerAddressUnknown, r.Detail),
            GetDialogResult.NoSigningKey r => DialogProblem.Create(DialogProblemTypes.SigningKeyUnavailable, r.Detail),
            var unknown => throw new UnreachableException($"GetDialog answered {unknown}."),
        };
    }

    internal static async Task<Results<Ok<EndUserDialogList>, ProblemHttpResult>> ListDialogsAsync(
        Login<EndUserCaller> login,
        [FromQuery(Name = "party")] string[]? party,
        [FromQuery(Name = "limit")] string? limit,
        [FromQuery(Name = "continuationToken")] string? continuationToken,
        ListDialogs listDialogs,
        CancellationToken cancellationToken)
    {
        if (!login.TryGetCaller(out var caller, out var refusal))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, refusal);
        }

        return await listDialogs.RunAsync(caller, party, limit, continuationToken, cancellationToken) switch
        {
            ListDialogsResult.Listed listed => TypedResults.Ok(listed.Page),
            ListDialogsResult.Invalid r => DialogProblem.Validation(r.Errors),
            ListDialogsResult.PdpUnavailable r => DialogProblem.Create(DialogProblemTypes.PdpUnavailable, r.Detail),
            var unknown => throw new UnreachableException($"ListDialogs answered {unknown}."),
        };
    }
}
