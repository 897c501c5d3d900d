using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace DialogTokens;

/// <summary>
/// Where the issuer's metadata lives and which issuer it must name, derived from the configured authority, and the
/// transport rule every address the discovery fetches must pass (https, or http on loopback unless allowed).
/// </summary>
internal static class IssuerAddress
{
    /// <summary>RFC 8414 §3: the well-known suffix of authorization server metadata.</summary>
    public const string WellKnownSuffix = "/.well-known/oauth-authorization-server";

    /// <summary>The issuer's path below its base URI, as the dialog service serves it.</summary>
    public const string IssuerSuffix = "/api/v1";

    /// <summary>
    /// Resolves an authority written as a base URI, an issuer (<c>…/api/v1</c>) or a metadata URL (<c>…/.well-known/oauth-authorization-server</c>,
    /// either appended to the issuer as the dialog service serves it, or inserted after the host as RFC 8414 §3.1 writes it).
    /// </summary>
    public static (Uri Metadata, string Issuer) Resolve(Uri authority)
    {
        var origin = authority.GetLeftPart(UriPartial.Authority);
        var path = authority.AbsolutePath.TrimEnd('/');
        string issuerPath;
        if (path.StartsWith(WellKnownSuffix + "/", StringComparison.Ordinal))
        {
            issuerPath = path[WellKnownSuffix.Length..];
            return (new Uri(origin + path), origin + issuerPath);
        }

        if (path.EndsWith(WellKnownSuffix, StringComparison.Ordinal))
        {
            issuerPath = path[..^WellKnownSuffix.Length];
        }
        else
        {
            issuerPath = path.EndsWith(IssuerSuffix, StringComparison.Ordinal) ? path : path + IssuerSuffix;
        }

        return (new Uri(origin + issuerPath + WellKnownSuffix), origin + issuerPath);
    }

    /// <summary>Checks that <paramref name="uri"/> is an absolute http(s) URI that may be fetched; otherwise says why.</summary>
    public static bool IsFetchable([NotNullWhen(true)] Uri? uri, bool allowHttp, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        if (uri is null || !uri.IsAbsoluteUri || uri.Scheme is not ("https" or "http"))
        {
            problem = "must be an absolute http(s) URI";
        }
        else if (uri.Scheme == "http" && !allowHttp && !IsLoopback(uri))
        {
            problem = "must use https (http only on a loopback host, or with AllowHttp)";
        }

        return problem is null;
    }

    /// <summary>Whether the host is <c>localhost</c>, in 127.0.0.0/8, or <c>::1</c>.</summary>
    public static bool IsLoopback(Uri uri) =>
        string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
