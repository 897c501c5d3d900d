using DialogTokens.Samples.ServiceProvider.ServiceOwnerApi;

namespace DialogTokens.Samples.ServiceProvider.WriteActions;

/// <summary>Makes a change through the service-owner API: read, change, write with If-Match; retried when someone else won.</summary>
public sealed class DialogChanger(DialogServiceClient dialogs, TimeProvider time)
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

            change.ApplyTo(dialog, time.GetUtcNow());
            if (await dialogs.ReplaceAsync(change.DialogId, dialog, etag, cancellationToken))
            {
                return true;
            }
        }

        throw new InvalidOperationException($"Dialog {change.DialogId} kept changing; gave up after {Attempts} attempts.");
    }
}
