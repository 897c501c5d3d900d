using System.Net;
using System.Text;

namespace DialogTokens.Portal.Tests;

/// <summary>
/// A service provider in a message handler: answers each request with the next scripted answer (the last one repeats)
/// and records what came, with the fake clock's time.
/// </summary>
internal sealed class FakeServiceProvider(TimeProvider time, params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] answers) : HttpMessageHandler
{
    public List<Received> Requests { get; } = [];

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode status, string? body = null, string mediaType = "text/markdown") =>
        (_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = body is null ? null : new StringContent(body, Encoding.UTF8, mediaType) });

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Problem(HttpStatusCode status, string type, string? code = null, string? challenge = null) =>
        (_, _) =>
        {
            var json = $$"""{"type":"https://dialogtokens.dev/problems/{{type}}","title":"{{type}}","status":{{(int)status}},"detail":"Because.","code":{{(code is null ? "null" : $"\"{code}\"")}}}""";
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/problem+json") };
            if (challenge is not null)
            {
                response.Headers.TryAddWithoutValidation("WWW-Authenticate", challenge);
            }

            return Task.FromResult(response);
        };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Hang() =>
        async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("Unreachable.");
        };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Refuse() =>
        (_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused."));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(new Received(request.Method, request.RequestUri!, request.Headers.Authorization?.Parameter, request.Headers.Accept.ToString(),
            request.Headers.AcceptLanguage.ToString(), request.Content is not null, request.Options, time.GetUtcNow()));
        return await answers[Math.Min(Requests.Count - 1, answers.Length - 1)](request, cancellationToken);
    }

    internal sealed record Received(HttpMethod Method, Uri Url, string? Bearer, string Accept, string AcceptLanguage, bool HasBody, HttpRequestOptions Options, DateTimeOffset At);
}

/// <summary>A token source whose renewals hand out "fresh-1", "fresh-2", … (or nothing).</summary>
internal sealed class CountingTokens(string token = "first", bool canRenew = true) : DialogTokens.Portal.Client.ServiceProvider.IDialogTokenSource
{
    public string Token { get; private set; } = token;

    public int Renewals { get; private set; }

    public Task<string?> RenewAsync(CancellationToken cancellationToken)
    {
        Renewals++;
        if (!canRenew)
        {
            return Task.FromResult<string?>(null);
        }

        Token = "fresh-" + Renewals;
        return Task.FromResult<string?>(Token);
    }
}
