namespace DialogTokens.Portal.Client.Actions;

/// <summary>How waiting for an accepted (202) change ended.</summary>
public enum ChangeWaitOutcome
{
    /// <summary>The dialog's revision changed.</summary>
    Changed,

    /// <summary>It did not change within <see cref="DialogChangeWatcher.GiveUpAfter"/>.</summary>
    GaveUp,
}

/// <summary>
/// After a 202, reloads the dialog at most once a second until its revision changes (reference §5.3). After
/// <see cref="StillOnItsWayAfter"/> it says the change is still on its way, and goes on until <see cref="GiveUpAfter"/>.
/// </summary>
public sealed class DialogChangeWatcher(TimeProvider time)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>The spec's 10 s within which an accepted change should land.</summary>
    public static readonly TimeSpan StillOnItsWayAfter = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    /// <param name="revision">The revision before the action.</param>
    /// <param name="reload">Reloads the dialog and returns its revision, or null when the reload failed.</param>
    /// <param name="stillOnItsWay">Called once, when <see cref="StillOnItsWayAfter"/> has passed without a change.</param>
    /// <param name="cancellationToken">Stops the wait (the user left the dialog).</param>
    public async Task<ChangeWaitOutcome> WaitAsync(Guid revision, Func<CancellationToken, Task<Guid?>> reload, Action stillOnItsWay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reload);
        ArgumentNullException.ThrowIfNull(stillOnItsWay);
        var start = time.GetTimestamp();
        var told = false;
        while (true)
        {
            await Task.Delay(PollInterval, time, cancellationToken);
            var current = await reload(cancellationToken);
            if (current is { } seen && seen != revision)
            {
                return ChangeWaitOutcome.Changed;
            }

            var elapsed = time.GetElapsedTime(start);
            if (!told && elapsed >= StillOnItsWayAfter)
            {
                told = true;
                stillOnItsWay();
            }

            if (elapsed >= GiveUpAfter)
            {
                return ChangeWaitOutcome.GaveUp;
            }
        }
    }
}
