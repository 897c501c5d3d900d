using DialogTokens.DialogService.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.WellKnown;

/// <summary>
/// The issuer's base URI: <c>DialogService:BaseUri</c> when configured, else the address the server listens on, found
/// as the startup banner and the in-process identity provider find it (so <c>--urls http://127.0.0.1:0</c> names the
/// port Kestrel picked). Read on first use, which is after the server has bound: metadata and tokens are served only then.
/// </summary>
public sealed class IssuerAddress
{
    private readonly Lazy<string> baseUri;

    /// <summary>Reads the base URI from <paramref name="options"/>, or else from <paramref name="server"/>'s addresses.</summary>
    public IssuerAddress(IOptions<WellKnownOptions> options, IServer server)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(server);
        var configured = options.Value.BaseUri;
        baseUri = new Lazy<string>(() => string.IsNullOrEmpty(configured)
            ? InProcessAuthority.From(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [], basePath: "")
            : configured.TrimEnd('/'));
    }

    /// <summary>The base URI, without a trailing slash.</summary>
    public string BaseUri => baseUri.Value;

    /// <summary>The issuer: <see cref="BaseUri"/> plus <c>/api/v1</c>; the tokens' <c>iss</c> and the metadata's <c>issuer</c>.</summary>
    public string Issuer => BaseUri + "/api/v1";

    /// <summary>The JWKS address.</summary>
    public string JwksUri => Issuer + "/.well-known/jwks.json";
}
