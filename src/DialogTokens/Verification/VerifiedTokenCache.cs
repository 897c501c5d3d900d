using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace DialogTokens;

/// <summary>
/// Tokens whose signature and claims verified, keyed by the whole token, kept until they expire. Bounded: when full,
/// expired entries are swept (at most once a second) and new tokens are not added until there is room. Only tokens
/// with a valid signature get here, so a flood of forged tokens cannot fill it.
/// </summary>
internal sealed class VerifiedTokenCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _count;
    private long _nextSweep;

    public int Count => Volatile.Read(ref _count);

    public bool TryGet(string token, [NotNullWhen(true)] out Entry? entry) => _entries.TryGetValue(token, out entry);

    public void Add(string token, Entry entry, long nowSeconds)
    {
        if (Count >= capacity)
        {
            Sweep(nowSeconds);
            if (Count >= capacity)
            {
                return;
            }
        }

        if (_entries.TryAdd(token, entry))
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void Remove(string token)
    {
        if (_entries.TryRemove(token, out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    private void Sweep(long nowSeconds)
    {
        var next = Volatile.Read(ref _nextSweep);
        if (nowSeconds < next || Interlocked.CompareExchange(ref _nextSweep, nowSeconds + 1, next) != next)
        {
            return;
        }

        foreach (var (token, entry) in _entries)
        {
            if (entry.Claims.ExpiresAt.ToUnixTimeSeconds() + entry.ClockSkewSeconds <= nowSeconds)
            {
                Remove(token);
            }
        }
    }

    internal sealed record Entry(DialogTokenPublicKey Key, DialogTokenClaims Claims, long ClockSkewSeconds);
}
