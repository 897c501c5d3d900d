namespace DialogTokens;

/// <summary>How dialog tokens are verified. Every option states its default and its range.</summary>
public sealed class DialogTokenValidationOptions
{
    /// <summary>The default clock skew: 10 s.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromSeconds(10);

    /// <summary>The largest clock skew allowed: 5 minutes.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The default maximum token lifetime: one hour, the longest lifetime the issuer allows (Dialogporten: 600 s).</summary>
    public static readonly TimeSpan DefaultMaxTokenLifetime = TimeSpan.FromHours(1);

    /// <summary>The largest maximum token lifetime allowed: 24 hours.</summary>
    public static readonly TimeSpan LongestMaxTokenLifetime = TimeSpan.FromHours(24);

    /// <summary>The prefix of a service resource (<c>s</c>): <c>urn:altinn:resource:</c>, followed by the resource id.</summary>
    public const string ServiceResourcePrefix = "urn:altinn:resource:";

    /// <summary>
    /// The issuer a token's <c>iss</c> must equal, exactly, e.g. <c>https://platform.altinn.no/dialogporten/api/v1</c>.
    /// Default <c>null</c>: not checked. Key discovery sets it from the issuer's metadata.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>Allowed difference between the issuer's clock and ours, for <c>nbf</c>, <c>exp</c> and <c>iat</c>. Default 10 s; 0 to 5 min, whole seconds.</summary>
    public TimeSpan ClockSkew { get; set; } = DefaultClockSkew;

    /// <summary>
    /// The longest lifetime a token may claim, <c>exp - iat</c>; a longer-lived token is <c>token_lifetime_too_long</c>
    /// however validly signed, and one whose <c>iat</c> is later than now plus <see cref="ClockSkew"/> is
    /// <c>token_issued_in_future</c>. Default 1 h; 1 s to 24 h, whole seconds.
    /// </summary>
    public TimeSpan MaxTokenLifetime { get; set; } = DefaultMaxTokenLifetime;

    /// <summary>
    /// The service resource a token's <c>s</c> must equal, exactly (ordinal), e.g.
    /// <c>urn:altinn:resource:super-simple-service</c>; otherwise <c>service_resource_mismatch</c>. Default
    /// <c>null</c>: not checked. <c>urn:altinn:resource:</c> and a non-empty id without white space, <c>,</c> or <c>;</c>.
    /// </summary>
    public string? ServiceResource { get; set; }

    /// <summary>
    /// The party a token's <c>p</c> must equal, exactly (ordinal), e.g.
    /// <c>urn:altinn:organization:identifier-no:991825827</c>, for a service that serves one party only; otherwise
    /// <c>party_mismatch</c>. Default <c>null</c>: not checked. A URN (<c>urn:</c>…) without white space.
    /// </summary>
    public string? Party { get; set; }

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

        if (MaxTokenLifetime < TimeSpan.FromSeconds(1) || MaxTokenLifetime > LongestMaxTokenLifetime || MaxTokenLifetime.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            problems.Add($"MaxTokenLifetime must be whole seconds from 1 s to {LongestMaxTokenLifetime.TotalSeconds} s (was {MaxTokenLifetime}).");
        }

        if (ServiceResource is not null && !IsServiceResource(ServiceResource))
        {
            problems.Add($"ServiceResource must be '{ServiceResourcePrefix}' and a resource id, or null (was '{ServiceResource}').");
        }

        if (Party is not null && (Party.Length <= 4 || !Party.StartsWith("urn:", StringComparison.Ordinal) || HasSpaceOrControl(Party)))
        {
            problems.Add($"Party must be a party URN such as 'urn:altinn:organization:identifier-no:991825827', or null (was '{Party}').");
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

    private static bool IsServiceResource(string value) =>
        value.Length > ServiceResourcePrefix.Length && value.StartsWith(ServiceResourcePrefix, StringComparison.Ordinal)
        && !HasSpaceOrControl(value) && !value.AsSpan(ServiceResourcePrefix.Length).ContainsAny(',', ';');

    private static bool HasSpaceOrControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
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
