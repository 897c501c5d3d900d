using DialogTokens.Samples.ServiceProvider.Embeds;
using DialogTokens.Samples.ServiceProvider.ServiceOwnerApi;

namespace DialogTokens.Samples.ServiceProvider.WriteActions;

/// <summary>
/// Makes a change through the service-owner API: read, change, write with If-Match; retried when someone else won.
/// A submission that landed gets its receipt, whether it was made at once or from the queue.
/// </summary>
public sealed class DialogChanger(DialogServiceClient dialogs, Receipts receipts, TimeProvider time)
{
    private const int Attempts = 5;

    /// <summary>Makes the change, or says why it was not made; throws only when <paramref name="cancellationToken"/> fires.</summary>
    public async Task<DialogChangeResult> ApplyAsync(DialogChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var answer = change.Kind == DialogChangeKind.Delete
                ? await DeleteAsync(change, cancellationToken)
                : await ReplaceAsync(change, cancellationToken);
            if (answer.Status != DialogServiceStatus.RevisionMismatch)
            {
                return answer.ToResult();
            }
        }

        return new(DialogChangeOutcome.Conflict, $"The dialog {change.DialogId} kept changing while the sample changed it ({Attempts} attempts); nothing was changed. Reload it and try again.");
    }

    private async Task<DialogServiceAnswer> DeleteAsync(DialogChange change, CancellationToken cancellationToken)
    {
        var answer = await dialogs.DeleteAsync(change.DialogId, cancellationToken);

        // A dialog deleted already is what the user asked for (DELETE is idempotent, RFC 9110 §9.2.2).
        return answer.Status == DialogServiceStatus.Deleted ? DialogServiceAnswer.Ok : answer;
    }

    private async Task<DialogServiceAnswer> ReplaceAsync(DialogChange change, CancellationToken cancellationToken)
    {
        var read = await dialogs.GetAsync(change.DialogId, cancellationToken);
        if (!read.IsFound)
        {
            return read;
        }

        var now = time.GetUtcNow();
        change.ApplyTo(read.Dialog, now);
        var written = await dialogs.ReplaceAsync(change.DialogId, read.Dialog, read.ETag, cancellationToken);
        if (written.Status == DialogServiceStatus.Ok && change.Kind == DialogChangeKind.Submit)
        {
            receipts.Add(change.DialogId, change.PerformedBy, now);
        }

        return written;
    }
}
