using System.Diagnostics.CodeAnalysis;
using DialogTokens.DialogService.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.WellKnown;

/// <summary>
/// The issuer's base URI: <c>DialogService:BaseUri</c> when configured, else the address the server listens on, found
/// as the startup banner and the in-process identity provider find it (so <c>--urls http://127.0.0.1:0</c> names the
/// port Kestrel picked). Read when first asked for once the server has an address; until then (a test server, or asked
/// before Kestrel binds) it is unknown, and that is not remembered.
/// </summary>
public sealed class IssuerAddress
{
    private readonly IServer server;
    private string? baseUri;

    /// <summary>Reads the base URI from <paramref name="options"/>, or else from <paramref name="server"/>'s addresses.</summary>
    public IssuerAddress(IOptions<WellKnownOptions> options, IServer server)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(server);
        this.server = server;
        var configured = options.Value.BaseUri;
        IsConfigured = !string.IsNullOrEmpty(configured);
        baseUri = IsConfigured ? configured.TrimEnd('/') : null;
    }

    /// <summary>Whether <c>DialogService:BaseUri</c> names the address, rather than the server's binding.</summary>
    public bool IsConfigured { get; }

    /// <summary>The base URI, without a trailing slash. Throws while it is unknown; see <see cref="TryGetIssuer"/>.</summary>
    public string BaseUri => TryGetBaseUri(out var value) ? value : throw new InvalidOperationException(UnknownReason);

    /// <summary>The issuer: <see cref="BaseUri"/> plus <c>/api/v1</c>; the tokens' <c>iss</c> and the metadata's <c>issuer</c>.</summary>
    public string Issuer => BaseUri + "/api/v1";

    /// <summary>The JWKS address.</summary>
    public string JwksUri => Issuer + "/.well-known/jwks.json";

    /// <summary>Why the address is unknown, for a 503's detail and the exception of <see cref="BaseUri"/>.</summary>
    public static string UnknownReason =>
        $"The server has no address yet and {WellKnownOptions.SectionName}:BaseUri is not set, so the issuer is unknown; try again shortly, or set {WellKnownOptions.SectionName}:BaseUri.";

    /// <summary>The issuer, or false while the server has no address and none is configured (then ask again later).</summary>
    public bool TryGetIssuer([NotNullWhen(true)] out string? issuer)
    {
        issuer = TryGetBaseUri(out var value) ? value + "/api/v1" : null;
        return issuer is not null;
    }

    private bool TryGetBaseUri([NotNullWhen(true)] out string? value)
    {
        value = Volatile.Read(ref baseUri);
        if (value is not null)
        {
            return true;
        }

        if (server.Features.Get<IServerAddressesFeature>()?.Addresses is not { Count: > 0 } addresses)
        {
            return false;
        }

        // Only a success is kept: every caller that finds the same addresses computes the same value.
        value = InProcessAuthority.From([.. addresses], basePath: "");
        Volatile.Write(ref baseUri, value);
        return true;
    }
}
