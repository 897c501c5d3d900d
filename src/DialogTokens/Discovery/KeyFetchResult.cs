using System.Diagnostics.CodeAnalysis;

namespace DialogTokens;

/// <summary>The outcome of one fetch of the issuer's keys: the key set and how long to keep it, or why there is none.</summary>
internal readonly record struct KeyFetchResult
{
    private KeyFetchResult(DialogTokenKeySet? keys, Uri? jwksUri, TimeSpan lifetime, string? error)
    {
        Keys = keys;
        JwksUri = jwksUri;
        Lifetime = lifetime;
        Error = error;
    }

    /// <summary>The key set read; null when the fetch failed.</summary>
    public DialogTokenKeySet? Keys { get; }

    /// <summary>Where the key set was read from.</summary>
    public Uri? JwksUri { get; }

    /// <summary>How long the key set may be used before it is due for refresh, already within the configured bounds.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>Why the fetch failed, in one line safe to log; null on success.</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Keys), nameof(JwksUri))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static KeyFetchResult Success(DialogTokenKeySet keys, Uri jwksUri, TimeSpan lifetime) => new(keys, jwksUri, lifetime, null);

    public static KeyFetchResult Failure(string error) => new(null, null, TimeSpan.Zero, error);
}
