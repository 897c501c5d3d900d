using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DialogTokens;

/// <summary>
/// Fetches the issuer's keys once, as an ordered list of small steps: read the metadata, check its issuer, resolve
/// <c>jwks_uri</c>, read the JWKS, compute the cache lifetime. Every failure is a <see cref="KeyFetchResult"/> with a
/// reason, never an exception. Holds no state between fetches.
/// </summary>
internal sealed class IssuerKeyFetcher(HttpClient http, DialogTokenKeyDiscoveryOptions options, Uri metadataAddress, string issuer, TimeProvider timeProvider)
{
    private const int MaxJsonDepth = 16;
    private const int MaxQuotedLength = 200;
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Fetches metadata then JWKS within <see cref="DialogTokenKeyDiscoveryOptions.FetchTimeout"/>; never throws.</summary>
    public async Task<KeyFetchResult> FetchAsync(CancellationToken stopping)
    {
        using var timeout = new CancellationTokenSource(options.FetchTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stopping);
        try
        {
            return await FetchCoreAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return KeyFetchResult.Failure("Key discovery was disposed during the fetch.");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return KeyFetchResult.Failure($"The issuer did not answer within {options.FetchTimeout} (FetchTimeout).");
        }
        catch (Exception e)
        {
            return KeyFetchResult.Failure($"The issuer could not be read: {e.GetType().Name}: {e.Message}");
        }
    }

    private async Task<KeyFetchResult> FetchCoreAsync(CancellationToken cancellationToken)
    {
        var metadata = await ReadDocumentAsync(metadataAddress, "metadata", cancellationToken).ConfigureAwait(false);
        if (metadata.Error is not null)
        {
            return KeyFetchResult.Failure(metadata.Error);
        }

        if (!TryReadJwksUri(metadata.Body, out var jwksUri, out var error))
        {
            return KeyFetchResult.Failure(error);
        }

        var jwks = await ReadDocumentAsync(jwksUri, "JWKS", cancellationToken).ConfigureAwait(false);
        if (jwks.Error is not null)
        {
            return KeyFetchResult.Failure(jwks.Error);
        }

        if (!TryReadKeySet(jwks.Body, jwksUri, out var keys, out error))
        {
            return KeyFetchResult.Failure(error);
        }

        return KeyFetchResult.Success(keys, jwksUri, CacheLifetime.From(jwks.CacheControl, jwks.Age, options));
    }

    // RFC 8414 §3.3: the issuer in the metadata must be identical to the issuer the metadata address was built from.
    private bool TryReadJwksUri(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out Uri? jwksUri, [NotNullWhen(false)] out string? error)
    {
        jwksUri = null;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
            if (!JsonEscapes.AreWellFormed(body.Span, MaxJsonDepth))
            {
                // Checked before any string is read: GetString() throws on an escaped unpaired surrogate.
                error = $"The metadata at {metadataAddress} is not valid JSON: a string escapes an unpaired surrogate (RFC 8259 §8.2).";
                return false;
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"The metadata at {metadataAddress} is not a JSON object.";
                return false;
            }

            if (!root.TryGetProperty("issuer", out var issued) || issued.ValueKind != JsonValueKind.String)
            {
                error = $"The metadata at {metadataAddress} has no \"issuer\" string.";
                return false;
            }

            if (issued.GetString() != issuer)
            {
                error = $"The metadata at {metadataAddress} names the issuer '{Quote(issued.GetString())}', not the expected '{issuer}' (RFC 8414 §3.3).";
                return false;
            }

            if (!root.TryGetProperty("jwks_uri", out var uri) || uri.ValueKind != JsonValueKind.String)
            {
                error = $"The metadata at {metadataAddress} has no \"jwks_uri\" string.";
                return false;
            }

            _ = Uri.TryCreate(uri.GetString(), UriKind.Absolute, out jwksUri);
            if (!IssuerAddress.IsFetchable(jwksUri, options.AllowHttp, out var problem))
            {
                error = $"The metadata's jwks_uri '{Quote(uri.GetString())}' {problem}.";
                jwksUri = null;
                return false;
            }

            error = null;
            return true;
        }
        catch (JsonException e)
        {
            error = $"The metadata at {metadataAddress} is not valid JSON: {e.Message}";
            return false;
        }
    }

    private static bool TryReadKeySet(
        ReadOnlyMemory<byte> body, Uri jwksUri, [NotNullWhen(true)] out DialogTokenKeySet? keys, [NotNullWhen(false)] out string? error)
    {
        keys = null;
        string json;
        try
        {
            json = StrictUtf8.GetString(body.Span);
        }
        catch (DecoderFallbackException)
        {
            error = $"The JWKS at {jwksUri} is not UTF-8.";
            return false;
        }

        if (!DialogTokenJwk.TryReadKeySet(json, out var read, out var jwkError))
        {
            error = $"The JWKS at {jwksUri} is unusable: {jwkError}";
            return false;
        }

        if (read.Count == 0)
        {
            error = $"The JWKS at {jwksUri} holds no Ed25519 key.";
            return false;
        }

        keys = read;
        error = null;
        return true;
    }

    private async Task<Document> ReadDocumentAsync(Uri uri, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return Document.Failed($"The {what} at {uri} answered {(int)response.StatusCode} {Quote(response.ReasonPhrase)}, not 200.");
        }

        if (response.Content.Headers.ContentType?.MediaType is { } mediaType && !IsJson(mediaType))
        {
            return Document.Failed($"The {what} at {uri} is '{Quote(mediaType)}', not JSON.");
        }

        var max = options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength > max)
        {
            return Document.Failed($"The {what} at {uri} is larger than {max} bytes (MaxResponseBytes).");
        }

        // Read at most one byte more than allowed, whatever Content-Length said (or did not say).
        var body = new ArrayBufferWriter<byte>(Math.Min(max + 1, 16 * 1024));
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            while (body.WrittenCount <= max)
            {
                var buffer = body.GetMemory(Math.Min(8192, max + 1 - body.WrittenCount));
                var read = await stream.ReadAsync(buffer[..Math.Min(buffer.Length, max + 1 - body.WrittenCount)], cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new Document(body.WrittenMemory, response.Headers.CacheControl, response.Headers.Age, null);
                }

                body.Advance(read);
            }
        }

        return Document.Failed($"The {what} at {uri} is larger than {max} bytes (MaxResponseBytes).");
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    // What the issuer says goes into logs: short, printable, on one line.
    private static string Quote(string? text) => UntrustedText.Quote(text, MaxQuotedLength);

    private readonly record struct Document(ReadOnlyMemory<byte> Body, CacheControlHeaderValue? CacheControl, TimeSpan? Age, string? Error)
    {
        public static Document Failed(string error) => new(default, null, null, error);
    }
}
