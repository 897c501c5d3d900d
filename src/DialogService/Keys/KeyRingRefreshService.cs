namespace DialogTokens.DialogService.Keys;

/// <summary>
/// Loads the stored key ring when the host starts (so the first request has a key), then every
/// <see cref="KeyRotationOptions.RefreshInterval"/> creates the next key when due and reloads. A failing database
/// keeps the last good keys.
/// </summary>
internal sealed partial class KeyRingRefreshService(IDialogTokenKeyRing ring, KeyRotationOptions options, TimeProvider timeProvider, ILogger<KeyRingRefreshService> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (ring is StoredKeyRing stored)
        {
            await stored.RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (ring is not StoredKeyRing stored)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.RefreshInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await stored.RefreshAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogRefreshFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the dialog token key ring failed; the last loaded keys stay in use.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
