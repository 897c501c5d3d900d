using System.Collections.Concurrent;
using System.Text;

namespace DialogTokens.Authorization;

/// <summary>
/// Remembers decided dialogs for <see cref="PolicyDecisionPointOptions.DecisionCacheDuration"/>, keyed by everything the
/// decision depends on: subject, authentication level, party, service resource, instance and the pairs asked. Dialogporten
/// caches the same decisions for 15 minutes; ours defaults to far less. Unavailable or undecidable answers are never
/// kept. Bounded: past <see cref="PolicyDecisionPointOptions.DecisionCacheSize"/> entries it starts over, a soft bound.
/// </summary>
public sealed class DialogDecisionCache(PolicyDecisionPointOptions options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Whether caching is on (a duration above zero).</summary>
    public bool IsEnabled => options.DecisionCacheDuration > TimeSpan.Zero;

    internal bool TryGet(string key, out DialogAuthorizationResult result)
    {
        if (_entries.TryGetValue(key, out var entry) && timeProvider.GetUtcNow() < entry.ExpiresAt)
        {
            result = entry.Result;
            return true;
        }

        result = null!;
        return false;
    }

    internal void Add(string key, DialogAuthorizationResult result)
    {
        if (_entries.Count >= options.DecisionCacheSize)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(result, timeProvider.GetUtcNow() + options.DecisionCacheDuration);
    }

    internal static string Key(DialogAuthorizationRequest request)
    {
        // Unit separators cannot occur in URNs or action names, so no two requests share a key.
        var key = new StringBuilder(256)
            .Append(request.Subject).Append('\u001f').Append(request.AuthenticationLevel).Append('\u001f')
            .Append(request.Party).Append('\u001f').Append(request.ServiceResource).Append('\u001f').Append(request.InstanceId);
        foreach (var action in request.Actions)
        {
            key.Append('\u001e').Append(action.Name).Append('\u001f').Append(action.AuthorizationAttribute);
        }

        return key.ToString();
    }

    private sealed record Entry(DialogAuthorizationResult Result, DateTimeOffset ExpiresAt);
}

/// <summary>Answers repeated dialog decisions from <see cref="DialogDecisionCache"/>, asking the PDP only on a miss.</summary>
internal sealed class CachingDialogAuthorizer(XacmlDialogAuthorizer inner, DialogDecisionCache cache) : IDialogAuthorizer
{
    public async Task<DialogAuthorizationResult> AuthorizeAsync(DialogAuthorizationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = AuthorizationActivities.StartDecision(request);
        var (result, cacheOutcome) = await DecideAsync(request, cancellationToken).ConfigureAwait(false);
        AuthorizationActivities.Record(activity, result, cacheOutcome);
        return result;
    }

    private async Task<(DialogAuthorizationResult Result, string Cache)> DecideAsync(DialogAuthorizationRequest request, CancellationToken cancellationToken)
    {
        if (!cache.IsEnabled)
        {
            return (await inner.AuthorizeAsync(request, cancellationToken).ConfigureAwait(false), "off");
        }

        var key = DialogDecisionCache.Key(request);
        if (cache.TryGet(key, out var cached))
        {
            return (cached, "hit");
        }

        var result = await inner.AuthorizeAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.IsDecided)
        {
            cache.Add(key, result);
        }

        return (result, "miss");
    }
}
