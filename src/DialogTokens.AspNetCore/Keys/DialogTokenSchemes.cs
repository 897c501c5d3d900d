using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DialogTokens.AspNetCore;

/// <summary>
/// One <see cref="DialogTokenScheme"/> per scheme name, created from the scheme's options on first use and kept for the
/// life of the host (a key cache is only worth something when it is shared by every request).
/// </summary>
internal sealed class DialogTokenSchemes(
    IOptionsMonitor<DialogTokenAuthenticationOptions> options, IHttpClientFactory httpClients, ILoggerFactory loggers)
    : IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<DialogTokenScheme>> _schemes = new(StringComparer.Ordinal);
    private int _disposed;

    public DialogTokenScheme Get(string name)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return _schemes.GetOrAdd(name, static (key, self) => new Lazy<DialogTokenScheme>(() => self.Create(key)), this).Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            foreach (var scheme in Created())
            {
                await scheme.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            foreach (var scheme in Created())
            {
                scheme.Dispose();
            }
        }
    }

    // A scheme whose creation threw has nothing to dispose.
    private IEnumerable<DialogTokenScheme> Created() =>
        _schemes.Values.Where(s => s.IsValueCreated).Select(s => s.Value);

    private DialogTokenScheme Create(string name)
    {
        var settings = options.Get(name);
        var timeProvider = settings.TimeProvider ?? TimeProvider.System;
        var httpClient = httpClients.CreateClient(DialogTokenDefaults.HttpClientName);
        try
        {
            var discovery = new DialogTokenKeyDiscovery(httpClient, settings.Discovery, timeProvider, loggers.CreateLogger<DialogTokenKeyDiscovery>());
            var validator = new DialogTokenValidator(discovery, settings.Validation, timeProvider);
            return new DialogTokenScheme(discovery, validator, timeProvider, httpClient);
        }
        catch
        {
            httpClient.Dispose();
            throw;
        }
    }
}
