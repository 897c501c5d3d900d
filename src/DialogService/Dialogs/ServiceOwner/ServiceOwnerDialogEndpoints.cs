using System.Security.Claims;
using DialogTokens.Authorization;
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
    public const string LegacyHtmlScope = "digdir:dialogporten.serviceprovider.legacyhtml";

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
        ClaimsPrincipal user, HttpContext context, DialogCommands commands, CancellationToken cancellationToken)
    {
        if (!ServiceOwnerCaller.TryRead(user, out var owner, out var problem))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, problem);
        }

        var (request, bodyProblem) = await JsonBody.ReadAsync<DialogRequest>(context.Request, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var (dialog, refusal) = await commands.CreateAsync(owner.OrganizationNumber, request, ScopeRequirement.IsGranted(user, LegacyHtmlScope), cancellationToken);
        if (dialog is null)
        {
            return refusal!;
        }

        context.Response.Headers.ETag = ETags.Format(dialog.Revision);
        return TypedResults.Created($"{Path}/{dialog.Id}", ServiceOwnerDialogView.From(dialog));
    }

    internal static async Task<Results<Ok<ServiceOwnerDialogView>, ProblemHttpResult>> GetAsync(
        Guid dialogId, ClaimsPrincipal user, HttpContext context, DialogCommands commands, CancellationToken cancellationToken)
    {
        if (!ServiceOwnerCaller.TryRead(user, out var owner, out var problem))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, problem);
        }

        var (dialog, refusal) = await commands.FindOwnedAsync(owner.OrganizationNumber, dialogId, cancellationToken);
        if (dialog is null)
        {
            return refusal!;
        }

        context.Response.Headers.ETag = ETags.Format(dialog.Revision);
        return TypedResults.Ok(ServiceOwnerDialogView.From(dialog));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> ReplaceAsync(
        Guid dialogId, ClaimsPrincipal user, HttpContext context, DialogCommands commands, CancellationToken cancellationToken)
    {
        if (!ServiceOwnerCaller.TryRead(user, out var owner, out var problem))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, problem);
        }

        if (!ETags.TryReadIfMatch(context.Request.Headers.IfMatch, out var ifMatch))
        {
            return BadIfMatch(context);
        }

        var (request, bodyProblem) = await JsonBody.ReadAsync<DialogRequest>(context.Request, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var (dialog, refusal) = await commands.ReplaceAsync(owner.OrganizationNumber, dialogId, ifMatch, request, ScopeRequirement.IsGranted(user, LegacyHtmlScope), cancellationToken);
        if (dialog is null)
        {
            return refusal!;
        }

        context.Response.Headers.ETag = ETags.Format(dialog.Revision);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid dialogId, ClaimsPrincipal user, HttpContext context, DialogCommands commands, CancellationToken cancellationToken)
    {
        if (!ServiceOwnerCaller.TryRead(user, out var owner, out var problem))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, problem);
        }

        if (!ETags.TryReadIfMatch(context.Request.Headers.IfMatch, out var ifMatch))
        {
            return BadIfMatch(context);
        }

        var (dialog, refusal) = await commands.DeleteAsync(owner.OrganizationNumber, dialogId, ifMatch, cancellationToken);
        if (dialog is null)
        {
            return refusal!;
        }

        context.Response.Headers.ETag = ETags.Format(dialog.Revision);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult BadIfMatch(HttpContext context) =>
        DialogProblem.Validation(new Dictionary<string, string[]>
        {
            ["If-Match"] = [$"Must be one strong entity tag holding a revision, as the ETag of GET (was '{Printable.Shorten(context.Request.Headers.IfMatch.ToString(), 100)}')."],
        });
}
