namespace DialogTokens.DialogService.Cors;

/// <summary>
/// Which browser origins may call the end-user API (<c>/api/v1/enduser/*</c>): the portal's. Bound from
/// <see cref="SectionName"/>. Bearer tokens only, so no credentials are allowed; the service-owner API and the PDP
/// never answer cross-origin requests.
/// </summary>
public sealed class EndUserCorsOptions
{
    /// <summary>The configuration section: <c>DialogService:Cors</c>.</summary>
    public const string SectionName = "DialogService:Cors";

    /// <summary>
    /// Exact origins such as <c>https://portal.example</c> or <c>http://localhost:5173</c>: http or https, a host, an
    /// optional port, no path, query, fragment or user info, and no wildcard. Default: none, so no origin is allowed.
    /// </summary>
    public IList<string> EndUserOrigins { get; } = [];

    /// <summary>Every problem with these options, at once; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        foreach (var origin in EndUserOrigins)
        {
            if (!IsOrigin(origin))
            {
                errors.Add($"{SectionName}:EndUserOrigins: '{origin}' is not an origin; write the scheme (http or https), host and optional port only, such as https://portal.example.");
            }
        }

        return errors;
    }

    private static bool IsOrigin(string? origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.UserInfo.Length == 0
        && uri.HostNameType != UriHostNameType.Unknown
        && string.Equals(origin, $"{uri.Scheme}://{uri.Authority}", StringComparison.OrdinalIgnoreCase);
}
