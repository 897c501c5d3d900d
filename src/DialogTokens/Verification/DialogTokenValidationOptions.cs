namespace DialogTokens;

/// <summary>How dialog tokens are verified. Every option states its default and its range.</summary>
public sealed class DialogTokenValidationOptions
{
    /// <summary>The default clock skew: 10 s.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromSeconds(10);

    /// <summary>The largest clock skew allowed: 5 minutes.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The issuer a token's <c>iss</c> must equal, exactly, e.g. <c>https://platform.altinn.no/dialogporten/api/v1</c>.
    /// Default <c>null</c>: not checked. Key discovery sets it from the issuer's metadata.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>Allowed difference between the issuer's clock and ours, for <c>nbf</c> and <c>exp</c>. Default 10 s; 0 to 5 min, whole seconds.</summary>
    public TimeSpan ClockSkew { get; set; } = DefaultClockSkew;

    /// <summary>The longest token accepted, in characters, checked before any parsing. Default 8,192; 256 to 65,536.</summary>
    public int MaxTokenLength { get; set; } = 8192;

    /// <summary>
    /// Whether a token that verified once is accepted again from memory until it expires, so that a service provider
    /// that sees the same token several times pays for the signature once. Default <c>true</c>.
    /// </summary>
    public bool CacheVerifiedTokens { get; set; } = true;

    /// <summary>How many verified tokens the cache holds at most (about 2.5 KB each). Default 10,000; 1 to 1,000,000.</summary>
    public int VerifiedTokenCacheSize { get; set; } = 10_000;

    /// <summary>Every problem with these options, all at once; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Issuer is not null && !Uri.TryCreate(Issuer, UriKind.Absolute, out _))
        {
            problems.Add($"Issuer must be an absolute URI or null (was '{Issuer}').");
        }

        // Token times are whole seconds, so a fraction of a second of skew would be silently dropped.
        if (ClockSkew < TimeSpan.Zero || ClockSkew > MaxClockSkew || ClockSkew.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            problems.Add($"ClockSkew must be whole seconds from 0 to {MaxClockSkew.TotalSeconds} s (was {ClockSkew}).");
        }

        if (MaxTokenLength is < 256 or > 65_536)
        {
            problems.Add($"MaxTokenLength must be from 256 to 65536 (was {MaxTokenLength}).");
        }

        if (VerifiedTokenCacheSize is < 1 or > 1_000_000)
        {
            problems.Add($"VerifiedTokenCacheSize must be from 1 to 1000000 (was {VerifiedTokenCacheSize}).");
        }

        return problems;
    }

    internal void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid dialog token validation options: " + string.Join(" ", problems));
        }
    }
}
