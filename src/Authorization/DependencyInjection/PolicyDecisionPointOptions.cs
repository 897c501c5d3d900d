namespace DialogTokens.Authorization;

/// <summary>
/// Which policy decision point to ask, and how to call a remote one. Bound from the configuration section
/// <see cref="SectionName"/> by <c>AddPolicyDecisionPoint(configuration)</c>
/// and validated at start-up; <see cref="Validate()"/> reports every problem at once.
/// </summary>
public sealed class PolicyDecisionPointOptions
{
    /// <summary>The configuration section: <c>PolicyDecisionPoint</c>.</summary>
    public const string SectionName = "PolicyDecisionPoint";

    /// <summary>Embedded (default) or Remote.</summary>
    public PolicyDecisionPointMode Mode { get; set; } = PolicyDecisionPointMode.Embedded;

    /// <summary>
    /// Remote only, and then required: the PDP's base URI; requests go to <c>{RemoteBaseUri}/authorization/api/v1/authorize</c>.
    /// Absolute, <c>https</c> (plain <c>http</c> only to a loopback host), without user info, query or fragment.
    /// Altinn: <c>https://platform.altinn.no/</c> (production), <c>https://platform.tt02.altinn.no/</c> (test).
    /// </summary>
    public Uri? RemoteBaseUri { get; set; }

    /// <summary>How long one attempt may take, from sending to the last byte of the answer. Default 5 s; range 1 ms to 1 min.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many times a failed attempt is retried: only connection failures, timeouts, 408, 429, 502, 503 and 504 (the
    /// authorize POST has no side effects). Default 2; range 0 to 5.
    /// </summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// The base of the backoff before retry n (n = 0, 1, ...): a random delay between half and all of
    /// <c>RetryDelay × 2ⁿ</c>. Default 100 ms; range 0 to 5 s (0: retry at once).
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The longest <c>Retry-After</c> (on 429 or 503) that is waited for; a longer one ends the attempts at once.
    /// Default 2 s; range 0 to 30 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a dialog's decisions are reused for the same user, level, party, resource, instance and actions, so that
    /// fetching a dialog again does not ask the PDP again. Rights changed meanwhile take effect when it runs out (and a
    /// token issued then lives 10 minutes more). Default 30 s; range 0 (off) to 15 min (what Dialogporten uses).
    /// </summary>
    public TimeSpan DecisionCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most cached dialog decisions before the cache starts over. Default 10,000; range 1 to 1,000,000.</summary>
    public int DecisionCacheSize { get; set; } = 10_000;

    /// <summary>Sent as <c>Ocp-Apim-Subscription-Key</c> when set (Altinn's API management). Default none.</summary>
    public string? SubscriptionKey { get; set; }

    /// <summary>Where the bearer token comes from: a fixed one or a token URI (see the class). Default none.</summary>
    public PolicyDecisionPointAccessTokenOptions AccessToken { get; set; } = new();

    /// <summary>
    /// Gives the bearer token for each attempt (for Altinn: a Maskinporten token exchanged for an Altinn token), or
    /// null to send none; instead of <see cref="AccessToken"/>, never beside it. It runs within the attempt's timeout
    /// and caches what it needs to; an exception it throws (other than the caller's cancellation), or a value that is
    /// not a bearer token, makes the attempt fail as an unreachable PDP would. Not bound from configuration: set it in
    /// code. Default none.
    /// </summary>
    public Func<CancellationToken, ValueTask<string?>>? AccessTokenProvider { get; set; }

    /// <summary>Every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate() => Validate(Mode);

    /// <summary>Every problem with these options when used in <paramref name="mode"/>.</summary>
    internal IReadOnlyList<string> Validate(PolicyDecisionPointMode mode)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Mode))
        {
            problems.Add($"{nameof(Mode)} must be {nameof(PolicyDecisionPointMode.Embedded)} or {nameof(PolicyDecisionPointMode.Remote)}.");
        }

        if (mode == PolicyDecisionPointMode.Remote)
        {
            ValidateRemoteBaseUri(problems);
        }

        AddIfOutside(problems, nameof(Timeout), Timeout, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
        AddIfOutside(problems, nameof(RetryDelay), RetryDelay, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        AddIfOutside(problems, nameof(MaxRetryAfter), MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        AddIfOutside(problems, nameof(DecisionCacheDuration), DecisionCacheDuration, TimeSpan.Zero, TimeSpan.FromMinutes(15));
        if (DecisionCacheSize is < 1 or > 1_000_000)
        {
            problems.Add($"{nameof(DecisionCacheSize)} must be between 1 and 1,000,000 (it is {DecisionCacheSize}).");
        }

        if (MaxRetries is < 0 or > 5)
        {
            problems.Add($"{nameof(MaxRetries)} must be between 0 and 5 (it is {MaxRetries}).");
        }

        if (SubscriptionKey is not null && (SubscriptionKey.Length == 0 || SubscriptionKey.Any(c => c is < '!' or > '~')))
        {
            problems.Add($"{nameof(SubscriptionKey)} must be non-empty printable ASCII without spaces, or unset.");
        }

        if (AccessToken is null)
        {
            problems.Add($"{nameof(AccessToken)} must not be null.");
        }
        else
        {
            AccessToken.Validate(problems, AccessTokenProvider is not null);
        }

        return problems;
    }

    private void ValidateRemoteBaseUri(List<string> problems)
    {
        const string Name = nameof(RemoteBaseUri);
        if (RemoteBaseUri is null)
        {
            problems.Add($"{Name} is required when {nameof(Mode)} is {nameof(PolicyDecisionPointMode.Remote)}.");
        }
        else if (!RemoteBaseUri.IsAbsoluteUri)
        {
            problems.Add($"{Name} must be an absolute URI (it is '{RemoteBaseUri.OriginalString}').");
        }
        else if (RemoteBaseUri.Scheme != Uri.UriSchemeHttps && !(RemoteBaseUri.Scheme == Uri.UriSchemeHttp && RemoteBaseUri.IsLoopback))
        {
            problems.Add($"{Name} must use https (plain http only to a loopback host); it is '{RemoteBaseUri}'.");
        }
        else if (RemoteBaseUri.UserInfo.Length > 0 || RemoteBaseUri.Query.Length > 0 || RemoteBaseUri.Fragment.Length > 0)
        {
            problems.Add($"{Name} must have no user info, query or fragment.");
        }
    }

    private static void AddIfOutside(List<string> problems, string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            problems.Add($"{name} must be between {min} and {max} (it is {value}).");
        }
    }
}
