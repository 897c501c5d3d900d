namespace DialogTokens.Portal.Client.ServiceProvider;

/// <summary>One call to the service provider: a GUI action's method and URL, or an embed's GET.</summary>
/// <param name="Method">GET, POST or DELETE.</param>
/// <param name="Url">An absolute URL from the dialog.</param>
public sealed record ServiceProviderRequest(HttpMethod Method, Uri Url)
{
    /// <summary>100 KB (reference §5.2).</summary>
    public const int DefaultMaxBodyBytes = 100 * 1024;

    /// <summary>10 s (reference §5.2).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The <c>Accept</c> header. Default <c>application/json</c> (a problem body, as Arbeidsflate asks).</summary>
    public string Accept { get; init; } = "application/json";

    /// <summary>The <c>Accept-Language</c> header, or null for none.</summary>
    public string? AcceptLanguage { get; init; }

    /// <summary>How long to wait for the whole answer. Default <see cref="DefaultTimeout"/>.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>The most of the body that is read. Default <see cref="DefaultMaxBodyBytes"/>.</summary>
    public int MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;
}
