using System.Net.Http.Headers;
using System.Text;
using DialogTokens.Portal.Client.Api;
using Microsoft.AspNetCore.Components.WebAssembly.Http;

namespace DialogTokens.Portal.Client.ServiceProvider;

/// <summary>
/// Calls the service provider straight from the browser, as the embed and write-action specs require: the dialog token
/// as bearer, no cookies, no body; a timeout, a cap on what is read, and one renewal of the token when the answer is
/// 401 <c>token_expired</c>, after which the call is made once more.
/// </summary>
public sealed class ServiceProviderClient(HttpClient http, TimeProvider time)
{
    /// <summary>Sends one call (and at most one more after a token renewal).</summary>
    public async Task<ServiceProviderAnswer> SendAsync(ServiceProviderRequest call, IDialogTokenSource tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(tokens);
        var answer = await SendOnceAsync(call, tokens.Token, cancellationToken);
        if (answer.Status is not 401 || !answer.SaysTokenExpired)
        {
            return answer.Answer;
        }

        var fresh = await tokens.RenewAsync(cancellationToken);
        if (fresh is null)
        {
            return answer.Answer;
        }

        return (await SendOnceAsync(call, fresh, cancellationToken)).Answer with { TokenRenewed = true };
    }

    private async Task<Attempt> SendOnceAsync(ServiceProviderRequest call, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(call.Method, call.Url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd(call.Accept);
        if (call.AcceptLanguage is { Length: > 0 } languages)
        {
            request.Headers.AcceptLanguage.ParseAdd(languages);
        }

        // The browser's fetch: never cookies (the token is the only credential), and the body as a stream so that the
        // cap stops reading a huge one instead of the browser buffering all of it first.
        request.SetBrowserRequestCredentials(BrowserRequestCredentials.Omit);
        request.SetBrowserRequestCache(BrowserRequestCache.NoStore);
        request.SetBrowserResponseStreamingEnabled(true);

        using var timeout = new CancellationTokenSource(call.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            var contentType = response.Content.Headers.ContentType?.MediaType;
            var (body, tooLarge) = await ReadCappedAsync(response.Content, call.MaxBodyBytes, linked.Token);
            if (tooLarge)
            {
                return new Attempt(Answer(call, status, ServiceProviderFailure.TooLarge, null, contentType, null), status, false);
            }

            var problem = status >= 400 ? Problem.TryParse(body) : null;
            var challenge = response.Headers.WwwAuthenticate.ToString();
            return new Attempt(
                Answer(call, status, ServiceProviderFailure.None, problem, contentType, body),
                status,
                ServiceProviderAnswer.SaysTokenExpired(status, problem, challenge));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new Attempt(Answer(call, null, ServiceProviderFailure.Timeout, null, null, null), null, false);
        }
        catch (HttpRequestException)
        {
            return new Attempt(Answer(call, null, ServiceProviderFailure.Network, null, null, null), null, false);
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>; one byte more means the body is too large, and reading stops.</summary>
    internal static async Task<(string? Body, bool TooLarge)> ReadCappedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } length && length > maxBytes)
        {
            return (null, true);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[maxBytes + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read > maxBytes ? (null, true) : (read == 0 ? null : Encoding.UTF8.GetString(buffer, 0, read), false);
    }

    private static ServiceProviderAnswer Answer(ServiceProviderRequest call, int? status, ServiceProviderFailure failure, Problem? problem, string? contentType, string? body) =>
        new(call.Method.Method, call.Url, status, failure, problem, contentType, body, TokenRenewed: false);

    private readonly record struct Attempt(ServiceProviderAnswer Answer, int? Status, bool SaysTokenExpired);
}
