namespace DialogTokens.Samples.ServiceProvider;

/// <summary>How the sample reaches the dialog service's service-owner API, as its organization.</summary>
public sealed class ServiceOwnerOptions
{
    public const string SectionName = "ServiceOwner";

    /// <summary>The dialog service's base URI. Required.</summary>
    public Uri? DialogServiceUri { get; set; }

    /// <summary>
    /// Where a Maskinporten style token for the organization comes from: here Altinn's test-token convention
    /// (<c>GetEnterpriseToken</c>) of the development identity provider. Required.
    /// </summary>
    public Uri? TokenUri { get; set; }

    /// <summary>How long a fetched token is reused. Default 5 min.</summary>
    public TimeSpan TokenReuse { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long one call to the dialog service (or the token endpoint) may take before the write action answers 503.
    /// Default 10 s; range 100 ms to 5 min.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>Which browser origins may call the sample (the inbox that shows the dialogs). Never <c>*</c> by default.</summary>
public sealed class SampleCorsOptions
{
    public const string SectionName = "Cors";

    /// <summary>Exact origins, e.g. <c>https://af.altinn.no</c>. Default none: no cross-origin call is allowed.</summary>
    public IList<string> AllowedOrigins { get; } = [];
}
