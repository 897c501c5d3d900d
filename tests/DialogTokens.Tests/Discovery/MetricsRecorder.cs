using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace DialogTokens.Tests.Discovery;

/// <summary>
/// Listens to the library's metrics: key refreshes, and token outcomes by instrument and code. The meter is
/// process-wide, so tests that use this run in <see cref="MeteredTests"/>, alone.
/// </summary>
internal sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _skipped;

    public MetricsRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DialogTokenMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "dialogtokens.keys.refreshes_skipped")
            {
                Interlocked.Add(ref _skipped, value);
                return;
            }

            string? outcome = null, reason = null, error = null;
            foreach (var tag in tags)
            {
                outcome = tag.Key == "outcome" ? tag.Value as string : outcome;
                reason = tag.Key == "reason" ? tag.Value as string : reason;
                error = tag.Key == "error" ? tag.Value as string : error;
            }

            if (instrument.Name == "dialogtokens.keys.refreshes")
            {
                Refreshes.AddOrUpdate($"{reason}:{outcome}", value, (_, total) => total + value);
            }
            else
            {
                Tokens.AddOrUpdate(error is null ? instrument.Name : $"{instrument.Name}:{error}", value, (_, total) => total + value);
            }
        });
        _listener.Start();
    }

    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>Fetches by <c>reason:outcome</c>, e.g. <c>unknown_kid:success</c>.</summary>
    public ConcurrentDictionary<string, long> Refreshes { get; } = new();

    public long RefreshesFor(string key) => Refreshes.TryGetValue(key, out var count) ? count : 0;

    /// <summary>Token outcomes by <c>instrument</c> or <c>instrument:error</c>, e.g. <c>dialogtokens.tokens.rejected:token_expired</c>.</summary>
    public ConcurrentDictionary<string, long> Tokens { get; } = new();

    public void Dispose() => _listener.Dispose();
}

[CollectionDefinition(nameof(MeteredTests), DisableParallelization = true)]
public sealed class MeteredTests;
