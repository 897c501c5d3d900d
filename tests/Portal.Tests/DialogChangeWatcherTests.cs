using DialogTokens.Portal.Client.Actions;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Portal.Tests;

/// <summary>After a 202: reload at most once a second until the revision changes; say so after 10 s.</summary>
public sealed class DialogChangeWatcherTests
{
    private static readonly Guid Before = Guid.Parse("00000000-0000-7000-8000-000000000001");
    private static readonly Guid After = Guid.Parse("00000000-0000-7000-8000-000000000002");

    private readonly FakeTimeProvider time = new();

    public DialogChangeWatcherTests() => SynchronizationContext.SetSynchronizationContext(null);

    [Fact]
    public async Task Reloads_OnceASecond_UntilTheRevisionChanges()
    {
        var reloads = new List<DateTimeOffset>();
        var start = time.GetUtcNow();
        var wait = new DialogChangeWatcher(time).WaitAsync(Before, _ =>
        {
            reloads.Add(time.GetUtcNow());
            return Task.FromResult<Guid?>(reloads.Count < 3 ? Before : After);
        }, () => Assert.Fail("The change came before 10 s."), TestContext.Current.CancellationToken);

        Assert.Empty(reloads);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Empty(reloads);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Single(reloads);
        time.Advance(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(ChangeWaitOutcome.Changed, await wait);
        Assert.Equal([1, 2, 3], reloads.Select(r => (r - start).TotalSeconds));
    }

    [Fact]
    public async Task NoChange_SaysStillOnItsWay_AfterTenSeconds_Once_AndGivesUpAfterAMinute()
    {
        var told = new List<TimeSpan>();
        var start = time.GetUtcNow();
        var reloads = 0;
        var wait = new DialogChangeWatcher(time).WaitAsync(Before, _ =>
        {
            reloads++;
            return Task.FromResult<Guid?>(Before);
        }, () => told.Add(time.GetUtcNow() - start), TestContext.Current.CancellationToken);

        for (var second = 1; second <= 9; second++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Empty(told);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([TimeSpan.FromSeconds(10)], told);
        while (!wait.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(ChangeWaitOutcome.GaveUp, await wait);
        Assert.Single(told);
        Assert.Equal(60, reloads);
    }

    [Fact]
    public async Task FailedReload_KeepsWaiting()
    {
        var reloads = 0;
        var wait = new DialogChangeWatcher(time).WaitAsync(Before, _ => Task.FromResult<Guid?>(++reloads == 1 ? null : After), () => { }, TestContext.Current.CancellationToken);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(ChangeWaitOutcome.Changed, await wait);
    }
}
