using System.Diagnostics;
using System.Threading.Channels;

namespace DialogTokens.Samples.ServiceProvider.WriteActions;

/// <summary>
/// Write actions answered 202: queued and made in the background, well within the 10 s the end-user system waits
/// before it reloads the dialog. In memory: a real service provider would use a durable queue.
/// </summary>
public sealed partial class QueuedWriteActions(DialogChanger changer, ILogger<QueuedWriteActions> logger) : BackgroundService
{
    private readonly Channel<(DialogChange Change, ActivityContext Trace)> changes = Channel.CreateUnbounded<(DialogChange, ActivityContext)>(new UnboundedChannelOptions { SingleReader = true });
    private int pending;
    private TaskCompletionSource idle = NewIdle(completed: true);

    public void Enqueue(DialogChange change)
    {
        lock (changes)
        {
            if (pending++ == 0)
            {
                idle = NewIdle(completed: false);
            }
        }

        // The change is made later, but in the trace of the request that asked for it.
        changes.Writer.TryWrite((change, Activity.Current?.Context ?? default));
    }

    /// <summary>Completes when every queued change has been made (or failed and been logged).</summary>
    public Task WhenIdleAsync()
    {
        lock (changes)
        {
            return idle.Task;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (change, trace) in changes.Reader.ReadAllAsync(stoppingToken))
        {
            using var activity = SampleActivities.StartWriteAction("write-action.queued", change.DialogId, change.Kind.ToString(), trace);
            try
            {
                var result = await changer.ApplyAsync(change, stoppingToken);
                activity?.SetTag("write_action.outcome", result.Outcome.ToString());
                if (!result.IsDone)
                {
                    // Nobody waits for this answer: the log is where a failed background write is seen.
                    LogChangeNotMade(logger, change.Kind, change.DialogId, result.Outcome, result.Detail);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // One change that throws must not end the loop (and with it the host): log it and go on with the next.
                activity?.SetStatus(ActivityStatusCode.Error, e.Message);
                LogChangeFailed(logger, change.Kind, change.DialogId, e);
            }
            finally
            {
                lock (changes)
                {
                    if (--pending == 0)
                    {
                        idle.TrySetResult();
                    }
                }
            }
        }
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            source.SetResult();
        }

        return source;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The queued {Kind} of dialog {DialogId} was not made ({Outcome}): {Detail}")]
    private static partial void LogChangeNotMade(ILogger logger, DialogChangeKind kind, Guid dialogId, DialogChangeOutcome outcome, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "The queued {Kind} of dialog {DialogId} failed.")]
    private static partial void LogChangeFailed(ILogger logger, DialogChangeKind kind, Guid dialogId, Exception exception);
}
