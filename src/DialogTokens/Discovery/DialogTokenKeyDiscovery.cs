using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DialogTokens;

/// <summary>
/// Discovers the issuer's keys from its metadata (RFC 8414 <c>/.well-known/oauth-authorization-server</c> →
/// <c>jwks_uri</c>) and keeps the key set in memory: honours <c>Cache-Control</c> within bounds, refreshes in the
/// background before expiry, refreshes at once (one fetch, rate-limited) for a token with an unknown <c>kid</c>, and
/// keeps the last good key set while the issuer is unreachable or answers garbage. Thread-safe. No ASP.NET.
/// </summary>
/// <remarks>
/// Every fetch, whatever caused it, is shared: a caller that asks while one is running waits for that one. Background
/// refreshing begins after the first fetch, whether <see cref="StartAsync"/> or a token caused it.
/// </remarks>
public sealed class DialogTokenKeyDiscovery : IDialogTokenKeySource, IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan MinTimerDelay = TimeSpan.FromSeconds(1);
    private static readonly Task<bool> Changed = Task.FromResult(true);
    private static readonly Task<bool> Unchanged = Task.FromResult(false);

    private readonly DialogTokenKeyDiscoveryOptions _options;
    private readonly IssuerKeyFetcher _fetcher;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopping = new();

    // Read without the lock (hot path); replaced whole, under the lock.
    private KeyDiscoveryState _state = KeyDiscoveryState.Initial;

    // Guarded by _gate.
    private Task? _inflight;
    private long? _lastFetchStart;
    private int _fetchesStarted;
    private bool _disposed;

    /// <summary>Creates a discovery; nothing is fetched until <see cref="StartAsync"/> or the first refresh.</summary>
    /// <param name="httpClient">Used for every fetch; not disposed.</param>
    /// <param name="options">Validated here; throws <see cref="ArgumentException"/> listing every problem.</param>
    /// <param name="timeProvider">The clock and timers; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="logger">Where failures are logged; never a whole token or key.</param>
    public DialogTokenKeyDiscovery(HttpClient httpClient, DialogTokenKeyDiscoveryOptions options, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _options = options.Snapshot();
        (MetadataAddress, var derivedIssuer) = IssuerAddress.Resolve(_options.Authority!);
        Issuer = _options.Issuer ?? derivedIssuer;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _fetcher = new IssuerKeyFetcher(httpClient, _options, MetadataAddress, Issuer, _timeProvider);

        // The timer belongs to no caller: do not capture the creating caller's execution context.
        using (SuppressFlow())
        {
            _timer = _timeProvider.CreateTimer(static state => ((DialogTokenKeyDiscovery)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The last good key set, or <see langword="null"/> when none was ever loaded.</summary>
    public DialogTokenKeySet? Current => Volatile.Read(ref _state).Keys;

    /// <summary>The issuer tokens must carry: <see cref="DialogTokenKeyDiscoveryOptions.Issuer"/> or the one derived from the authority.</summary>
    public string Issuer { get; }

    /// <summary>The metadata URL fetched.</summary>
    public Uri MetadataAddress { get; }

    /// <summary>A snapshot of how discovery is doing, for health checks.</summary>
    public DialogTokenKeyDiscoveryStatus Status => Volatile.Read(ref _state).Status;

    /// <summary>How many fetches have begun; lets tests see, without waiting, that a timer did or did not fire.</summary>
    internal int FetchesStarted
    {
        get
        {
            lock (_gate)
            {
                return _fetchesStarted;
            }
        }
    }

    /// <summary>
    /// Fetches once and starts background refreshing. Never throws for an unreachable or broken issuer (that is logged
    /// and retried); returns whether a key set is loaded.
    /// </summary>
    /// <remarks>
    /// Not rate-limited; when a fetch is already running, waits for that one instead. Cancelling
    /// <paramref name="cancellationToken"/> stops the wait, not the fetch.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The discovery was disposed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<bool> StartAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var fetch = BeginFetch(KeyRefreshReason.Start, rateLimited: false, out _);
        ObjectDisposedException.ThrowIf(fetch is null, this);
        await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Current is not null;
    }

    /// <summary>
    /// Asks for a fresh key set because a token names a <c>kid</c> not in <see cref="Current"/>. All concurrent callers
    /// share one fetch; when the last fetch started less than <see cref="DialogTokenKeyDiscoveryOptions.MinimumRefreshInterval"/>
    /// ago, nothing is fetched. Completes when the shared fetch (if any) is done; never throws for issuer failures.
    /// </summary>
    /// <remarks>After <see cref="Dispose"/>, fetches nothing and answers <see langword="false"/>.</remarks>
    /// <returns>Whether the key set changed since the call began.</returns>
    public Task<bool> RefreshForUnknownKeyAsync(CancellationToken cancellationToken = default) =>
        RefreshForUnknownKeyAsync(Current, cancellationToken);

    /// <summary>As the public overload, but compares with <paramref name="seen"/>: the key set a token was just verified with.</summary>
    internal Task<bool> RefreshForUnknownKeyAsync(DialogTokenKeySet? seen, CancellationToken cancellationToken)
    {
        var fetch = BeginFetch(KeyRefreshReason.UnknownKid, rateLimited: true, out var skipped);
        if (skipped)
        {
            DialogTokenMetrics.RecordRefreshSkipped();
        }

        // Skipped or disposed: answer at once, allocating nothing, however many forged kids arrive.
        if (fetch is null)
        {
            return ReferenceEquals(Current, seen) ? Unchanged : Changed;
        }

        return WaitAsync(fetch, seen, cancellationToken);
    }

    /// <summary>Stops the background timer, cancels a running fetch and waits for it to end. Idempotent.</summary>
    public async ValueTask DisposeAsync()
    {
        Task? inflight;
        lock (_gate)
        {
            inflight = _inflight;
        }

        Dispose();
        if (inflight is not null)
        {
            await inflight.ConfigureAwait(false);
        }
    }

    /// <summary>Stops the background timer and cancels a running fetch. Idempotent.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        _timer.Dispose();
        _stopping.Cancel();
    }

    private async Task<bool> WaitAsync(Task fetch, DialogTokenKeySet? seen, CancellationToken cancellationToken)
    {
        await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        return !ReferenceEquals(Current, seen);
    }

    private void OnTimer() => BeginFetch(reason: null, rateLimited: false, out _);

    /// <summary>
    /// The running fetch, or a new one; null when disposed or, for <paramref name="rateLimited"/> callers, when the last
    /// fetch began less than <see cref="DialogTokenKeyDiscoveryOptions.MinimumRefreshInterval"/> ago.
    /// </summary>
    private Task? BeginFetch(string? reason, bool rateLimited, out bool skipped)
    {
        skipped = false;
        lock (_gate)
        {
            if (_disposed)
            {
                return null;
            }

            if (_inflight is { IsCompleted: false } inflight)
            {
                return inflight;
            }

            if (rateLimited && _lastFetchStart is { } last && _timeProvider.GetElapsedTime(last) < _options.MinimumRefreshInterval)
            {
                skipped = true;
                return null;
            }

            _lastFetchStart = _timeProvider.GetTimestamp();
            _fetchesStarted++;
            reason ??= _state.TimerReason;

            // Shared by every caller, so it runs on its own: outside this lock and without any one caller's context.
            using (SuppressFlow())
            {
                return _inflight = Task.Run(() => FetchAndApplyAsync(reason));
            }
        }
    }

    private async Task FetchAndApplyAsync(string reason)
    {
        var result = await _fetcher.FetchAsync(_stopping.Token).ConfigureAwait(false);
        Apply(result, reason);
    }

    private void Apply(KeyFetchResult result, string reason)
    {
        var now = _timeProvider.GetUtcNow();
        KeyDiscoveryState before;
        KeyDiscoveryState after;
        TimeSpan due;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            before = _state;
            (after, due) = result.IsSuccess
                ? before.Succeeded(result.Keys, result.Lifetime, now)
                : before.Failed(result.Error, now, _options.RetryInterval);
            Volatile.Write(ref _state, after);
            _timer.Change(due < MinTimerDelay ? MinTimerDelay : due, Timeout.InfiniteTimeSpan);
        }

        DialogTokenMetrics.RecordRefresh(result.IsSuccess, reason);
        _logger.FetchCompleted(MetadataAddress, result, reason, before, after, due);
    }

    private static AsyncFlowControl? SuppressFlow() => ExecutionContext.IsFlowSuppressed() ? null : ExecutionContext.SuppressFlow();
}
