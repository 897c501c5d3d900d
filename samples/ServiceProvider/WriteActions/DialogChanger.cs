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

    /// <summary>Makes the change; false when the dialog no longer exists.</summary>
    public async Task<bool> ApplyAsync(DialogChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Kind == DialogChangeKind.Delete)
        {
            await dialogs.DeleteAsync(change.DialogId, cancellationToken);
            return true;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await dialogs.GetAsync(change.DialogId, cancellationToken) is not var (dialog, etag))
            {
                return false;
            }

            var now = time.GetUtcNow();
            change.ApplyTo(dialog, now);
            if (await dialogs.ReplaceAsync(change.DialogId, dialog, etag, cancellationToken))
            {
                if (change.Kind == DialogChangeKind.Submit)
                {
                    receipts.Add(change.DialogId, change.PerformedBy, now);
                }

                return true;
            }
        }

        throw new InvalidOperationException($"Dialog {change.DialogId} kept changing; gave up after {Attempts} attempts.");
    }
}
