namespace DialogTokens.DialogService.WellKnown;

/// <summary>
/// The issuer's public address when it is not the server's own (see <see cref="IssuerAddress"/>), bound from
/// <see cref="SectionName"/> (<c>DialogService:BaseUri</c>), and how long
/// clients may cache the metadata.
/// </summary>
public sealed class WellKnownOptions
{
    /// <summary>The configuration section: <c>DialogService</c>.</summary>
    public const string SectionName = "DialogService";

    /// <summary>
    /// The base URI, e.g. <c>https://platform.altinn.no/dialogporten</c>; the issuer is it plus <c>/api/v1</c>.
    /// When given, an absolute http(s) URI without query or fragment. Default none: the address the server listens on
    /// (<see cref="IssuerAddress"/>), right for a local start; set it to what verifiers see, behind any proxy.
    /// </summary>
    public string BaseUri { get; set; } = "";

    /// <summary>
    /// The <c>max-age</c> of the JWKS and metadata responses. Default 5 min; from 0 to 24 h. Far shorter than the
    /// 48 h publish lead time, so that caches pick up a new key long before it signs, and short enough that a
    /// rotation by command reaches verifiers quickly.
    /// </summary>
    public TimeSpan CacheMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Every problem with these options, at once; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!string.IsNullOrEmpty(BaseUri) && (!Uri.TryCreate(BaseUri, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)))
        {
            errors.Add($"{SectionName}:BaseUri must be an absolute http(s) URI without query or fragment (was '{BaseUri}').");
        }

        if (CacheMaxAge < TimeSpan.Zero || CacheMaxAge > TimeSpan.FromHours(24))
        {
            errors.Add($"{SectionName}:CacheMaxAge must be from 0 to 24 h (was {CacheMaxAge}).");
        }

        return errors;
    }
}
