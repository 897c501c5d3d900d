using DialogTokens.Portal.Client.ServiceProvider;

namespace DialogTokens.Portal.Client.Embeds;

/// <summary>How an embed ended up.</summary>
public enum EmbedState
{
    Loading,
    Loaded,
    Empty,
    Error,
}

/// <summary>An embed's outcome: safe HTML when loaded, the service provider's last answer either way.</summary>
public sealed record EmbedResult(EmbedState State, string? Html, ServiceProviderAnswer? Answer, int Attempts);

/// <summary>
/// Fetches a front-channel embed as the spec and Arbeidsflate do (reference §5.2, §8.3): GET with the dialog token and
/// no cookies, 10 s and 100 KB at most, 204 is empty, and two more tries one second apart unless the answer was
/// 401, 403 or 404 (which a retry would not change), the body too large, or the wait timed out (the service provider
/// had its 10 s already). A 401 <c>token_expired</c> renews the token once first (<see cref="ServiceProviderClient"/>).
/// </summary>
public sealed class EmbedFetcher(ServiceProviderClient client, EmbedRenderer renderer, TimeProvider time)
{
    /// <summary>One try and two retries.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The wait between tries.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    public async Task<EmbedResult> FetchAsync(Uri url, EmbedKind kind, IDialogTokenSource tokens, string? acceptLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (kind == EmbedKind.Unsupported)
        {
            return new EmbedResult(EmbedState.Error, null, null, 0);
        }

        var request = new ServiceProviderRequest(HttpMethod.Get, url) { Accept = EmbedMediaType.AcceptOf(kind), AcceptLanguage = acceptLanguage };
        for (var attempt = 1; ; attempt++)
        {
            var answer = await client.SendAsync(request, tokens, cancellationToken);
            if (answer.IsSuccess)
            {
                return answer.Status == 204 || string.IsNullOrWhiteSpace(answer.Body)
                    ? new EmbedResult(EmbedState.Empty, null, answer, attempt)
                    : new EmbedResult(EmbedState.Loaded, renderer.ToSafeHtml(kind, answer.Body), answer, attempt);
            }

            if (attempt == MaxAttempts || !IsWorthRetrying(answer))
            {
                return new EmbedResult(EmbedState.Error, null, answer, attempt);
            }

            await Task.Delay(RetryDelay, time, cancellationToken);
        }
    }

    internal static bool IsWorthRetrying(ServiceProviderAnswer answer) => answer.Failure switch
    {
        ServiceProviderFailure.Network => true,
        ServiceProviderFailure.None => answer.Status is not (401 or 403 or 404),
        _ => false,
    };
}
