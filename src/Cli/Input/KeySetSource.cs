using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Text.Json;

namespace DialogTokens.Cli.Input;

/// <summary>
/// Loads <c>--jwks</c>: a JWKS file, a JWKS URL, or an issuer metadata URL (RFC 8414) whose <c>jwks_uri</c> is
/// followed once.
/// </summary>
internal static class KeySetSource
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private const int MaxResponseLength = 1 << 20;

    public static async Task<IssuerKeys> LoadAsync(string value, CancellationToken cancellationToken)
    {
        if (!IsHttpUrl(value, out var url))
        {
            return new IssuerKeys(ReadKeySet(TextFiles.Read(value, "JWKS file"), $"JWKS file '{value}'"), null);
        }

        using var http = new HttpClient { Timeout = Timeout, MaxResponseContentBufferSize = MaxResponseLength };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var json = await GetAsync(http, url, cancellationToken);
        if (!HasMember(json, "keys", out _) && HasMember(json, "jwks_uri", out var metadata))
        {
            var jwksUri = metadata.GetProperty("jwks_uri") is { ValueKind: JsonValueKind.String } uri ? uri.GetString() : null;
            if (!IsHttpUrl(jwksUri, out var jwksUrl))
            {
                throw new UsageException($"the metadata at {url} has a \"jwks_uri\" that is not an absolute http(s) URL; pass the JWKS URL itself.");
            }

            var issuer = metadata.TryGetProperty("issuer", out var iss) && iss.ValueKind == JsonValueKind.String ? iss.GetString() : null;
            return new IssuerKeys(ReadKeySet(await GetAsync(http, jwksUrl, cancellationToken), $"the JWKS at {jwksUrl}"), issuer);
        }

        return new IssuerKeys(ReadKeySet(json, $"the JWKS at {url}"), null);
    }

    private static DialogTokenKeySet ReadKeySet(string json, string source)
    {
        if (!DialogTokenJwk.TryReadKeySet(json, out var keySet, out var error))
        {
            var hint = HasMember(json, "kty", out _)
                ? $"it is a single JWK; make a JWKS with: {DialogTokenCli.Name} keys jwks KEYFILE > jwks.json"
                : HasMember(json, "jwks_uri", out _)
                    ? "it is issuer metadata; pass its URL instead, and its \"jwks_uri\" is followed"
                    : "pass a JWKS ({\"keys\":[...]}) file or URL, or the issuer's /.well-known/oauth-authorization-server URL";
            throw new UsageException($"{source} is not a usable JWKS: {error.TrimEnd('.')}; {hint}.");
        }

        if (keySet.Count == 0)
        {
            throw new UsageException($"{source} holds no Ed25519 keys, so no dialog token can verify with it; check that it is the dialog service's JWKS.");
        }

        return keySet;
    }

    private static async Task<string> GetAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new UsageException($"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}; check the --jwks URL.");
            }

            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new UsageException($"cannot fetch {url}: {e.Message} Check the --jwks URL and that the issuer is reachable.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new UsageException($"GET {url} did not answer within {Timeout.TotalSeconds} s; check the --jwks URL and that the issuer is reachable.");
        }
    }

    private static bool IsHttpUrl(string? value, [NotNullWhen(true)] out Uri? url)
    {
        url = null;
        return (value?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true
                || value?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true)
            && Uri.TryCreate(value, UriKind.Absolute, out url);
    }

    private static bool HasMember(string json, string name, out JsonElement root)
    {
        root = default;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
