using System.Collections.Concurrent;
using System.Diagnostics;

namespace DialogTokens.Portal.BrowserTests;

/// <summary>
/// Every span the in-process hosts finish, from the sources the service defaults export (the dialog service, the PDP,
/// the verifier and the sample): what the dashboard would show, read here without an exporter. Listening to that
/// same list means a source whose name is missing from it fails the trace test instead of vanishing from the dashboard.
/// </summary>
public sealed class Spans : IDisposable
{
    private static readonly HashSet<string> Sources = [.. Microsoft.Extensions.Hosting.ServiceDefaultsExtensions.TelemetryNames];

    private readonly ConcurrentQueue<Activity> finished = new();
    private readonly ActivityListener listener;

    public Spans()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => Sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = finished.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>The finished spans whose tag <paramref name="tag"/> is <paramref name="value"/>.</summary>
    public IReadOnlyList<Activity> Tagged(string tag, string value) =>
        [.. finished.Where(a => a.GetTagItem(tag) as string == value)];

    /// <summary>The finished spans of one trace.</summary>
    public IReadOnlyList<Activity> InTrace(ActivityTraceId trace) => [.. finished.Where(a => a.TraceId == trace)];

    public void Dispose() => listener.Dispose();
}
