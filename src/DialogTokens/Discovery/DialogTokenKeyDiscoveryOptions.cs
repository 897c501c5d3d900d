namespace DialogTokens;

/// <summary>
/// Where and how often <see cref="DialogTokenKeyDiscovery"/> reads the issuer's keys. Every option documents its
/// default and range; <see cref="Validate"/> reports every problem at once.
/// </summary>
public sealed class DialogTokenKeyDiscoveryOptions
{
    /// <summary>
    /// The issuer's base URI (<c>https://platform.altinn.no/dialogporten</c>), its issuer (<c>…/api/v1</c>) or its
    /// metadata URL (<c>…/api/v1/.well-known/oauth-authorization-server</c>). Required: an absolute URI without query or
    /// fragment, https unless the host is loopback (<c>localhost</c>, 127.0.0.0/8, <c>::1</c>) or <see cref="AllowHttp"/> is set.
    /// The metadata's <c>jwks_uri</c> must pass the same rule.
    /// </summary>
    public Uri? Authority { get; set; }

    /// <summary>
    /// The issuer the metadata must name (and tokens carry in <c>iss</c>). Default <see langword="null"/>: derived from
    /// <see cref="Authority"/> as the base URI plus <c>/api/v1</c> (RFC 8414 §3.3: the metadata's <c>issuer</c> must equal
    /// the issuer its address was built from). Set it when a gateway rewrites the address.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>Whether http is allowed for a non-loopback authority. Default <see langword="false"/>: https, or http on loopback only.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>
    /// How long a key set is used without <c>Cache-Control: max-age</c> from the issuer. Default 1 h; from
    /// <see cref="MinimumCacheDuration"/> to <see cref="MaximumCacheDuration"/>.
    /// </summary>
    public TimeSpan DefaultCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The shortest cache lifetime honoured, whatever the issuer says. Default 1 min; from 1 s to 1 h.</summary>
    public TimeSpan MinimumCacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The longest cache lifetime honoured. Default 24 h (Dialogporten asks verifiers to refresh at least daily);
    /// from <see cref="MinimumCacheDuration"/> to 7 days.
    /// </summary>
    public TimeSpan MaximumCacheDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The least time between two fetches caused by tokens with an unknown <c>kid</c>, so that a flood of forged kids
    /// cannot hammer the issuer. Default 30 s; from 1 s to 1 h.
    /// </summary>
    public TimeSpan MinimumRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How soon a failed fetch is retried in the background; doubles per failure up to 10 min. Before the first key set
    /// loads, retries begin after 1 s and double up to this interval, no further. Default 30 s; from 1 s to 1 h.
    /// </summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The time limit of one fetch (metadata plus JWKS). Default 10 s; from 100 ms to 2 min.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest metadata or JWKS document read. Default 256 KiB; from 1 KiB to 16 MiB.</summary>
    public int MaxResponseBytes { get; set; } = 256 * 1024;

    /// <summary>Every problem with these options, at once; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Authority is null)
        {
            problems.Add("Authority is required: the issuer's base URI, its issuer URI or its metadata URL.");
        }
        else if (!IssuerAddress.IsFetchable(Authority, AllowHttp, out var problem))
        {
            problems.Add($"Authority {problem} (was '{Authority}').");
        }
        else if (!string.IsNullOrEmpty(Authority.Query) || !string.IsNullOrEmpty(Authority.Fragment))
        {
            problems.Add($"Authority must have no query or fragment (was '{Authority}').");
        }

        if (Issuer is not null && (!Uri.TryCreate(Issuer, UriKind.Absolute, out var issuer) || issuer.Scheme is not ("https" or "http")))
        {
            problems.Add($"Issuer must be an absolute http(s) URI or null (was '{Issuer}').");
        }

        CheckRange(problems, nameof(MinimumCacheDuration), MinimumCacheDuration, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        CheckRange(problems, nameof(MaximumCacheDuration), MaximumCacheDuration, MinimumCacheDuration, TimeSpan.FromDays(7));
        CheckRange(problems, nameof(DefaultCacheDuration), DefaultCacheDuration, MinimumCacheDuration, MaximumCacheDuration);
        CheckRange(problems, nameof(MinimumRefreshInterval), MinimumRefreshInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        CheckRange(problems, nameof(RetryInterval), RetryInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        CheckRange(problems, nameof(FetchTimeout), FetchTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(2));
        if (MaxResponseBytes is < 1024 or > 16 * 1024 * 1024)
        {
            problems.Add($"MaxResponseBytes must be from 1024 (1 KiB) to 16777216 (16 MiB) (was {MaxResponseBytes}).");
        }

        return problems;
    }

    internal void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid dialog token key discovery options: " + string.Join(" ", problems));
        }
    }

    /// <summary>A copy, so that changing these options after the discovery was created changes nothing.</summary>
    internal DialogTokenKeyDiscoveryOptions Snapshot() => (DialogTokenKeyDiscoveryOptions)MemberwiseClone();

    private static void CheckRange(List<string> problems, string name, TimeSpan value, TimeSpan minimum, TimeSpan maximum)
    {
        if (value < minimum || value > maximum)
        {
            problems.Add($"{name} must be from {minimum} to {maximum} (was {value}).");
        }
    }
}
