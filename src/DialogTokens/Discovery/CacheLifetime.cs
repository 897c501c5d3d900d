using System.Net.Http.Headers;

namespace DialogTokens;

/// <summary>How long a fetched key set is used: the issuer's <c>Cache-Control</c>, within the configured bounds.</summary>
internal static class CacheLifetime
{
    /// <summary>The share of the lifetime after which the key set is refreshed in the background, so that it never expires in use.</summary>
    public const double RefreshShare = 0.8;

    /// <summary>
    /// <c>max-age</c> less <c>Age</c> (RFC 9111 §4.2.3: the response may have waited in a shared cache), or
    /// <see cref="DialogTokenKeyDiscoveryOptions.DefaultCacheDuration"/> when there is no <c>max-age</c> or the issuer asks
    /// not to store or reuse without revalidation (<c>no-store</c>, <c>no-cache</c>); then clamped to
    /// [<see cref="DialogTokenKeyDiscoveryOptions.MinimumCacheDuration"/>, <see cref="DialogTokenKeyDiscoveryOptions.MaximumCacheDuration"/>].
    /// </summary>
    public static TimeSpan From(CacheControlHeaderValue? cacheControl, TimeSpan? age, DialogTokenKeyDiscoveryOptions options)
    {
        var lifetime = cacheControl is { NoStore: false, NoCache: false, MaxAge: { } maxAge }
            ? maxAge - (age ?? TimeSpan.Zero)
            : options.DefaultCacheDuration;
        return TimeSpan.FromTicks(Math.Clamp(lifetime.Ticks, options.MinimumCacheDuration.Ticks, options.MaximumCacheDuration.Ticks));
    }

    /// <summary>When, from a fetch, to refresh in the background.</summary>
    public static TimeSpan RefreshAfter(TimeSpan lifetime) => lifetime * RefreshShare;
}
