using System.Diagnostics;
using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Problems;
using DialogTokens.DialogService.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>
/// <c>/api/v1/serviceowner/dialogs</c>: create (201), get, replace (If-Match required) and soft-delete the dialogs of
/// service resources the caller's organization owns. Maskinporten style login.
/// </summary>
internal static class ServiceOwnerDialogEndpoints
{
    public const string Path = "/api/v1/serviceowner/dialogs";

    public static IEndpointRouteBuilder MapServiceOwnerDialogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path)
            .RequireAuthorization(CallerPolicies.ServiceOwner)
            .AddEndpointFilter<RequireJsonAcceptFilter>()
            .WithTags("Service owner");

        group.MapPost("/", CreateAsync).WithName("CreateDialog").WithDialogActivity("dialog.create").WithSummary("Creates a dialog.")
            .Accepts<DialogRequest>("application/json").Produces<ServiceOwnerDialogView>(201)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415);
        group.MapGet("/{dialogId:guid}", GetAsync).WithName("GetServiceOwnerDialog").WithDialogActivity("serviceowner.dialog.get").WithSummary("Gets a dialog, deleted ones too.")
            .Produces<ServiceOwnerDialogView>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        group.MapPut("/{dialogId:guid}", ReplaceAsync).WithName("ReplaceDialog").WithDialogActivity("dialog.replace").WithSummary("Replaces status, content and actions; needs If-Match.")
            .Accepts<DialogRequest>("application/json").Produces(204)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(410).ProducesProblem(412).ProducesProblem(428);
        group.MapDelete("/{dialogId:guid}", DeleteAsync).WithName("DeleteDialog").WithDialogActivity("dialog.delete").WithSummary("Soft-deletes a dialog; end users get 410 from then on.")
            .Produces(204).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(410).ProducesProblem(412);
        return endpoints;
    }

    internal static async Task<Results<Created<ServiceOwnerDialogView>, ProblemHttpResult>> CreateAsync(
        Login<ServiceOwnerCaller> login, HttpContext context, CreateDialog createDialog, CancellationToken cancellationToken)
    {
        if (!login.TryGetCaller(out var owner, out var refusal))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, refusal);
        }

        if (!(await JsonBody.ReadAsync<DialogRequest>(context.Request, cancellationToken)).TryGetValue(out var request, out var bodyProblem))
        {
            return bodyProblem;
        }

        return await createDialog.RunAsync(owner, request, cancellationToken) switch
        {
            CreateDialogResult.Created created => ETags.Tag(context, created.Dialog.Revision, TypedResults.Created($"{Path}/{created.Dialog.Id}", ServiceOwnerDialogView.From(created.Dialog))),
            CreateDialogResult.Invalid r => DialogProblem.Validation(r.Errors),
            CreateDialogResult.Forbidden r => DialogProblem.Create(DialogProblemTypes.Forbidden, r.Detail),
            CreateDialogResult.Exists r => DialogProblem.Create(DialogProblemTypes.DialogExists, r.Detail),
            var unknown => throw new UnreachableException($"CreateDialog answered {unknown}."),
        };
    }

    internal static async Task<Results<Ok<ServiceOwnerDialogView>, ProblemHttpResult>> GetAsync(
        Guid dialogId, Login<ServiceOwnerCaller> login, HttpContext context, GetServiceOwnerDialog getDialog, CancellationToken cancellationToken)
    {
        if (!login.TryGetCaller(out var owner, out var refusal))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, refusal);
        }

        return await getDialog.RunAsync(owner, dialogId, cancellationToken) switch
        {
            GetServiceOwnerDialogResult.Found found => ETags.Tag(context, found.Dialog.Revision, TypedResults.Ok(ServiceOwnerDialogView.From(found.Dialog))),
            GetServiceOwnerDialogResult.NotFound r => DialogProblem.Create(DialogProblemTypes.DialogNotFound, r.Detail),
            var unknown => throw new UnreachableException($"GetServiceOwnerDialog answered {unknown}."),
        };
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> ReplaceAsync(
        Guid dialogId, Login<ServiceOwnerCaller> login, HttpContext context, ReplaceDialog replaceDialog, CancellationToken cancellationToken)
    {
        if (!login.TryGetCaller(out var owner, out var refusal))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, refusal);
        }

        if (!ETags.TryReadIfMatch(context.Request.Headers.IfMatch, out var ifMatch))
        {
            return BadIfMatch(context);
        }

        if (!(await JsonBody.ReadAsync<DialogRequest>(context.Request, cancellationToken)).TryGetValue(out var request, out var bodyProblem))
        {
            return bodyProblem;
        }

        return await replaceDialog.RunAsync(owner, dialogId, ifMatch, request, cancellationToken) switch
        {
            ReplaceDialogResult.Replaced replaced => ETags.Tag(context, replaced.Dialog.Revision, TypedResults.NoContent()),
            ReplaceDialogResult.NotFound r => DialogProblem.Create(DialogProblemTypes.DialogNotFound, r.Detail),
            ReplaceDialogResult.Deleted r => DialogProblem.Create(DialogProblemTypes.DialogDeleted, r.Detail),
            ReplaceDialogResult.RevisionRequired r => DialogProblem.Create(DialogProblemTypes.RevisionRequired, r.Detail),
            ReplaceDialogResult.RevisionMismatch r => DialogProblem.Create(DialogProblemTypes.RevisionMismatch, r.Detail),
            ReplaceDialogResult.Invalid r => DialogProblem.Validation(r.Errors),
            ReplaceDialogResult.Forbidden r => DialogProblem.Create(DialogProblemTypes.Forbidden, r.Detail),
            var unknown => throw new UnreachableException($"ReplaceDialog answered {unknown}."),
        };
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid dialogId, Login<ServiceOwnerCaller> login, HttpContext context, DeleteDialog deleteDialog, CancellationToken cancellationToken)
    {
        if (!login.TryGetCaller(out var owner, out var refusal))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, refusal);
        }

        if (!ETags.TryReadIfMatch(context.Request.Headers.IfMatch, out var ifMatch))
        {
            return BadIfMatch(context);
        }

        return await deleteDialog.RunAsync(owner, dialogId, ifMatch, cancellationToken) switch
        {
            DeleteDialogResult.Deleted deleted => ETags.Tag(context, deleted.Dialog.Revision, TypedResults.NoContent()),
            DeleteDialogResult.NotFound r => DialogProblem.Create(DialogProblemTypes.DialogNotFound, r.Detail),
            DeleteDialogResult.AlreadyDeleted r => DialogProblem.Create(DialogProblemTypes.DialogDeleted, r.Detail),
            DeleteDialogResult.RevisionMismatch r => DialogProblem.Create(DialogProblemTypes.RevisionMismatch, r.Detail),
            var unknown => throw new UnreachableException($"DeleteDialog answered {unknown}."),
        };
    }

    private static ProblemHttpResult BadIfMatch(HttpContext context) =>
        DialogProblem.Validation(new Dictionary<string, string[]>
        {
            ["If-Match"] = [$"Must be one strong entity tag holding a revision, as the ETag of GET (was '{UntrustedText.Quote(context.Request.Headers.IfMatch.ToString(), 100)}')."],
        });
}
