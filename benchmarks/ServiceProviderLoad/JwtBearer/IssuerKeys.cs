using System.Net.Http.Headers;
using System.Text.Json;
using DialogTokens.Benchmarks.IdentityModel;
using Microsoft.IdentityModel.Tokens;
using NSec.Cryptography;

namespace DialogTokens.Benchmarks.ServiceProviderLoad.JwtBearer;

/// <summary>
/// The issuer and its Ed25519 keys, read once from the dialog service's RFC 8414 metadata and JWKS, as a provider
/// using JwtBearer would have to: IdentityModel's ConfigurationManager reads no OKP keys. No refresh: a benchmark.
/// </summary>
internal sealed record IssuerKeys(string Issuer, IReadOnlyList<SecurityKey> Keys)
{
    private const string MetadataPath = "api/v1/.well-known/oauth-authorization-server";

    public static async Task<IssuerKeys> FetchAsync(Uri dialogServiceBaseUri, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var metadataUri = new Uri(new Uri(dialogServiceBaseUri.AbsoluteUri.TrimEnd('/') + "/"), MetadataPath);
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(metadataUri, cancellationToken));
        var issuer = metadata.RootElement.GetProperty("issuer").GetString()
            ?? throw new InvalidOperationException($"{metadataUri} names no issuer.");
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new InvalidOperationException($"{metadataUri} names no jwks_uri.");

        var keySet = new JsonWebKeySet(await http.GetStringAsync(new Uri(jwksUri), cancellationToken));
        var keys = keySet.Keys
            .Where(k => k.Kty == "OKP" && k.Crv == "Ed25519" && !string.IsNullOrEmpty(k.Kid) && !string.IsNullOrEmpty(k.X))
            .Select(k => (SecurityKey)new EdDsaSecurityKey(
                k.Kid, PublicKey.Import(SignatureAlgorithm.Ed25519, Base64UrlEncoder.DecodeBytes(k.X), KeyBlobFormat.RawPublicKey)))
            .ToList();
        return keys.Count > 0 ? new IssuerKeys(issuer, keys) : throw new InvalidOperationException($"{jwksUri} has no Ed25519 key.");
    }
}
