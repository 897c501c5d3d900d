using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Text.Json;

namespace DialogTokens.Authorization;

/// <summary>
/// Gives the remote PDP's bearer token from <see cref="PolicyDecisionPointOptions.AccessToken"/> or
/// <see cref="PolicyDecisionPointOptions.AccessTokenProvider"/>: a fixed token as is; a token URI's answer reused until
/// shortly before its <c>exp</c>, one fetch at a time (bounded by the PDP's timeout) and dropped when the PDP refuses it. One per process
/// (the registered one is a singleton), so that every client shares the cached token. Never throws for a failure of
/// the source: it says what failed, and never quotes a token.
/// </summary>
internal sealed class PdpAccessTokenSource
{
    /// <summary>The longest token answer read: 16 KiB.</summary>
    public const int MaxTokenSize = 16 * 1024;

    private static readonly MediaTypeWithQualityHeaderValue AcceptText = new("text/plain");

    private readonly PolicyDecisionPointOptions options;
    private readonly Func<HttpClient> httpClient;
    private readonly TimeProvider timeProvider;
    private readonly Lock sync = new();
    private string? cached;
    private DateTimeOffset refreshAt;
    private Task<PdpAccessToken>? fetching;

    public PdpAccessTokenSource(PolicyDecisionPointOptions options, Func<HttpClient> httpClient, TimeProvider timeProvider)
    {
        this.options = options;
        this.httpClient = httpClient;
        this.timeProvider = timeProvider;
    }

    public async ValueTask<PdpAccessToken> GetAsync(CancellationToken cancellationToken)
    {
        if (options.AccessTokenProvider is { } provider)
        {
            return await FromProviderAsync(provider, cancellationToken);
        }

        if (options.AccessToken.Token is { } token)
        {
            return PdpAccessToken.Of(token);
        }

        return options.AccessToken.TokenUri is { } uri ? await FromUriAsync(uri, cancellationToken) : PdpAccessToken.None;
    }

    /// <summary>The PDP refused <paramref name="token"/> (401): the next decision fetches a new one.</summary>
    public void Refused(string? token)
    {
        lock (sync)
        {
            if (token is not null && token == cached)
            {
                cached = null;
            }
        }
    }

    private static async ValueTask<PdpAccessToken> FromProviderAsync(Func<CancellationToken, ValueTask<string?>> provider, CancellationToken cancellationToken)
    {
        string? token;
        try
        {
            token = await provider(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return PdpAccessToken.Fail($"The access token provider failed: {e.GetType().Name}: {UntrustedText.Quote(e.Message, 200)}");
        }

        return token switch
        {
            null or "" => PdpAccessToken.None,
            _ when PolicyDecisionPointAccessTokenOptions.IsBearerToken(token) => PdpAccessToken.Of(token),
            _ => PdpAccessToken.Fail("The access token provider gave a value that is not a bearer token (RFC 6750 b64token)."),
        };
    }

    private async ValueTask<PdpAccessToken> FromUriAsync(Uri uri, CancellationToken cancellationToken)
    {
        Task<PdpAccessToken> fetch;
        lock (sync)
        {
            if (cached is { } reuse && timeProvider.GetUtcNow() < refreshAt)
            {
                return PdpAccessToken.Of(reuse);
            }

            // One fetch at a time, shared by every caller that waits for it; a caller that gives up does not end it.
            // Task.Run: the fetch's own lock below cannot run before this assignment, even if it finishes at once.
            fetch = fetching ??= Task.Run(() => FetchAndCacheAsync(uri), CancellationToken.None);
        }

        return await fetch.WaitAsync(cancellationToken);
    }

    private async Task<PdpAccessToken> FetchAndCacheAsync(Uri uri)
    {
        var result = PdpAccessToken.Fail("The token fetch ended without an answer.");
        try
        {
            using var timeout = new CancellationTokenSource(options.Timeout, timeProvider);
            result = await FetchAsync(uri, timeout.Token);
            return result;
        }
        finally
        {
            lock (sync)
            {
                fetching = null;
                if (result.Token is { } token && ExpiresAt(token) is { } expires
                    && expires - options.AccessToken.RefreshBeforeExpiry > timeProvider.GetUtcNow())
                {
                    refreshAt = expires - options.AccessToken.RefreshBeforeExpiry;
                    cached = token;
                }
            }
        }
    }

    private async Task<PdpAccessToken> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        // The query may name the organization and scopes; only the path goes into a message.
        var where = uri.GetLeftPart(UriPartial.Path);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri) { Headers = { Accept = { AcceptText } } };
            using var response = await httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return PdpAccessToken.Fail($"The token endpoint {where} answered {(int)response.StatusCode} {response.ReasonPhrase}.".Replace(" .", ".", StringComparison.Ordinal));
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var body = await BoundedBody.ReadAsync(stream, response.Content.Headers.ContentLength, MaxTokenSize, cancellationToken);
            var token = body.TooLarge ? "" : System.Text.Encoding.UTF8.GetString(body.Span).Trim();
            return PolicyDecisionPointAccessTokenOptions.IsBearerToken(token)
                ? PdpAccessToken.Of(token)
                : PdpAccessToken.Fail($"The token endpoint {where} answered something that is not a bearer token (at most {MaxTokenSize} bytes of RFC 6750 b64token).");
        }
        catch (OperationCanceledException)
        {
            return PdpAccessToken.Fail($"The token endpoint {where} did not answer within {options.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException e)
        {
            return PdpAccessToken.Fail($"The token endpoint {where} could not be reached ({e.HttpRequestError}): {e.Message}");
        }
        catch (IOException e)
        {
            return PdpAccessToken.Fail($"The connection to the token endpoint {where} failed: {e.Message}");
        }
    }

    /// <summary>The <c>exp</c> of a JWT, read without checking it (the PDP does that): only to know when to fetch again.</summary>
    private static DateTimeOffset? ExpiresAt(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[1].Length > MaxTokenSize)
        {
            return null;
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            return payload.RootElement.ValueKind == JsonValueKind.Object
                && payload.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                && seconds is > 0 and < 253402300800
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
