using System.Diagnostics;
using DialogTokens.AspNetCore;
using DialogTokens.Samples.ServiceProvider.Embeds;
using DialogTokens.Samples.ServiceProvider.Problems;
using DialogTokens.Samples.ServiceProvider.WriteActions;

namespace DialogTokens.Samples.ServiceProvider;

/// <summary>
/// The sample's endpoints. Every dialog-token endpoint names the dialog in its route, and one line per endpoint says
/// which action the token must grant on it (strict: a bare action needs a permit on the dialog's main resource).
/// </summary>
public static class SampleEndpoints
{
    public static void MapSampleEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var dialogs = app.MapGroup("/dialogs/{dialogId:guid}").RequireCors();

        // Write actions: the GUI action's method, the token, an empty body. 204 done, 202 queued (lands within 10 s).
        dialogs.MapPost("/submit", SubmitAsync).RequireDialogAction("write");
        dialogs.MapPost("/sign", SignAsync).RequireDialogAction("sign");
        dialogs.MapDelete("/", DeleteAsync).RequireDialogAction("delete");

        // Front-channel embeds: fetched by the browser with the token and no cookies.
        dialogs.MapGet("/fce", Embed).RequireDialogAction("read");
        dialogs.MapGet("/fce/receipt", ReceiptEmbed).RequireDialogAction("read");

        // The same submit as an API action, for end-user systems.
        app.MapPost("/api/dialogs/{dialogId:guid}/submit", SubmitAsync).RequireDialogAction("write").RequireCors();

        // The GET GUI action is plain navigation; a real service would log the user in here (ID-porten), not use the token.
        dialogs.MapGet("/", (Guid dialogId) => Results.Content($"<!doctype html><title>Mva-melding</title><p>Mva-melding {dialogId}: open in the service.</p>", "text/html"));
    }

    internal static Task<IResult> SubmitAsync(
        Guid dialogId, VerifiedDialogToken token, bool? queue, DialogChanger changer, QueuedWriteActions queued, CancellationToken cancellationToken) =>
        ChangeAsync(new DialogChange(dialogId, DialogChangeKind.Submit, token.Claims.AuthenticatedParty), queue, changer, queued, cancellationToken);

    internal static Task<IResult> SignAsync(
        Guid dialogId, VerifiedDialogToken token, bool? queue, DialogChanger changer, QueuedWriteActions queued, CancellationToken cancellationToken) =>
        ChangeAsync(new DialogChange(dialogId, DialogChangeKind.Sign, token.Claims.AuthenticatedParty), queue, changer, queued, cancellationToken);

    internal static Task<IResult> DeleteAsync(
        Guid dialogId, VerifiedDialogToken token, bool? queue, DialogChanger changer, QueuedWriteActions queued, CancellationToken cancellationToken) =>
        ChangeAsync(new DialogChange(dialogId, DialogChangeKind.Delete, token.Claims.AuthenticatedParty), queue, changer, queued, cancellationToken);

    internal static IResult Embed(Guid dialogId, VerifiedDialogToken token, string? format)
    {
        using var activity = SampleActivities.StartEmbed(dialogId, format == "html" ? "dialog-html" : "dialog");
        return format == "html"
            ? Results.Text(EmbedContent.DialogHtml(token.Claims), EmbedContent.Html)
            : Results.Text(EmbedContent.DialogMarkdown(token.Claims), EmbedContent.Markdown);
    }

    internal static IResult ReceiptEmbed(Guid dialogId, Receipts receipts)
    {
        using var activity = SampleActivities.StartEmbed(dialogId, "receipt");
        var receipt = receipts.Find(dialogId);
        activity?.SetTag("embed.empty", receipt is null);
        return receipt is not null
            ? Results.Text(EmbedContent.ReceiptMarkdown(receipt), EmbedContent.Markdown)
            : Results.NoContent();
    }

    private static async Task<IResult> ChangeAsync(DialogChange change, bool? queue, DialogChanger changer, QueuedWriteActions queued, CancellationToken cancellationToken)
    {
        using var activity = SampleActivities.StartWriteAction("write-action", change.DialogId, change.Kind.ToString());
        activity?.SetTag("write_action.queued", queue == true);
        if (queue == true)
        {
            queued.Enqueue(change);
            return Results.Accepted();
        }

        var result = await changer.ApplyAsync(change, cancellationToken);
        activity?.SetTag("write_action.outcome", result.Outcome.ToString());
        if (!result.IsDone)
        {
            activity?.SetStatus(ActivityStatusCode.Error, result.Detail);
        }

        return result.Outcome switch
        {
            DialogChangeOutcome.Done => Results.NoContent(),
            DialogChangeOutcome.NotFound => SampleProblem.Create(SampleProblemTypes.NotFound, result.Detail),
            DialogChangeOutcome.Deleted => SampleProblem.Create(SampleProblemTypes.Deleted, result.Detail),
            DialogChangeOutcome.Conflict => SampleProblem.Create(SampleProblemTypes.Conflict, result.Detail),
            DialogChangeOutcome.Unavailable => SampleProblem.Create(SampleProblemTypes.Unavailable, result.Detail, retryAfterSeconds: 5),
            _ => SampleProblem.Create(SampleProblemTypes.Failed, result.Detail),
        };
    }
}
