using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DialogTokens.Authorization;

/// <summary>
/// A remote policy decision point over Altinn Authorization's XACML JSON API: posts the request to
/// <c>{RemoteBaseUri}/authorization/api/v1/authorize</c> (ours, the server package's <c>MapPolicyDecisionPointEndpoints</c>, or
/// Altinn's own). Each attempt is bounded by <see cref="PolicyDecisionPointOptions.Timeout"/>; connection failures,
/// timeouts, 408, 429, 502, 503 and 504 are retried up to <see cref="PolicyDecisionPointOptions.MaxRetries"/> times
/// with a jittered backoff (the POST has no side effects); nothing else is. A PDP that cannot be reached, times out,
/// fails or answers garbage gives <see cref="XacmlDecisionOutcome.NotAvailable"/>, never a deny; a PDP that refuses
/// the request (400) gives <see cref="XacmlDecisionOutcome.BadRequest"/>. Each attempt carries the bearer token of
/// <see cref="PolicyDecisionPointOptions.AccessToken"/> (or <see cref="PolicyDecisionPointOptions.AccessTokenProvider"/>);
/// a token that cannot be had fails the attempt as an unreachable PDP does, and a 401 or 403 of the PDP (a wrong
/// token, scope or key) is logged as a warning with the PDP's reason and gives NotAvailable, never a deny.
/// </summary>
public sealed partial class HttpPolicyDecisionPoint : IXacmlPolicyDecisionPoint
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient httpClient;
    private readonly PolicyDecisionPointOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly Uri authorizeUri;
    private readonly PdpAccessTokenSource tokens;

    /// <summary>
    /// Creates the client; a token from <see cref="PolicyDecisionPointOptions.AccessToken"/>'s URI is fetched with
    /// <paramref name="httpClient"/> and cached by this instance. <c>AddPolicyDecisionPoint</c> registers one that
    /// shares the cached token across the process.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not valid for a remote PDP; the message lists every problem.</exception>
    public HttpPolicyDecisionPoint(HttpClient httpClient, IOptions<PolicyDecisionPointOptions> options, TimeProvider timeProvider, ILogger<HttpPolicyDecisionPoint>? logger = null)
        : this(httpClient, options, timeProvider, logger, tokens: null)
    {
    }

    internal HttpPolicyDecisionPoint(HttpClient httpClient, IOptions<PolicyDecisionPointOptions> options, TimeProvider timeProvider, ILogger<HttpPolicyDecisionPoint>? logger, PdpAccessTokenSource? tokens)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.options = options.Value;
        var problems = this.options.Validate(PolicyDecisionPointMode.Remote);
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid policy decision point options: " + string.Join(" ", problems), nameof(options));
        }

        this.httpClient = httpClient;
        this.timeProvider = timeProvider;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        authorizeUri = AuthorizeUri(this.options.RemoteBaseUri!);
        this.tokens = tokens ?? new PdpAccessTokenSource(this.options, () => httpClient, timeProvider);
    }

    /// <summary>The path of Altinn Authorization's authorize endpoint, which the embedded PDP's server serves too.</summary>
    public const string AuthorizePath = "/authorization/api/v1/authorize";

    /// <summary>Where requests go: <c>{baseUri}/authorization/api/v1/authorize</c>.</summary>
    public static Uri AuthorizeUri(Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        return new Uri(baseUri.AbsoluteUri.TrimEnd('/') + AuthorizePath, UriKind.Absolute);
    }

    /// <inheritdoc/>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<XacmlDecisionOutcome> DecideAsync(XacmlJsonRequestRoot request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (XacmlJsonRequestCheck.FindProblem(request) is { } problem)
        {
            return XacmlDecisionOutcome.BadRequest(problem);
        }

        var expectedResults = XacmlJsonRequestCheck.ExpectedResults(request.Request);
        var body = JsonSerializer.SerializeToUtf8Bytes(request, XacmlJsonSerialization.Request);
        for (var retry = 0; ; retry++)
        {
            var attempt = await AttemptAsync(body, expectedResults, cancellationToken);
            if (attempt.Outcome is { } outcome)
            {
                return outcome;
            }

            var failure = attempt.Failure!;
            if (retry == options.MaxRetries)
            {
                LogUnavailable(authorizeUri, retry + 1, failure);
                return XacmlDecisionOutcome.NotAvailable($"{failure} Gave up after {retry + 1} attempt(s).");
            }

            if (attempt.RetryAfter > options.MaxRetryAfter)
            {
                return XacmlDecisionOutcome.NotAvailable(
                    $"{failure} It asked to retry after {attempt.RetryAfter.Value.TotalSeconds:0.###} s, longer than the {options.MaxRetryAfter.TotalSeconds:0.###} s allowed.");
            }

            var delay = RetryBackoff.Delay(retry, options.RetryDelay, attempt.RetryAfter);
            LogRetry(authorizeUri, retry + 1, failure, delay.TotalMilliseconds);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, timeProvider, cancellationToken);
            }
        }
    }

    private async Task<PdpAttempt> AttemptAsync(byte[] body, int expectedResults, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var token = await tokens.GetAsync(linked.Token);
            if (token.Failed)
            {
                return PdpAttempt.Retry($"No access token for the policy decision point at {authorizeUri}: {token.Failure}");
            }

            using var message = CreateMessage(body, token.Token);
            using var response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var attempt = await PdpAnswer.ReadAsync(response, expectedResults, timeProvider, linked.Token);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                // A configuration failure, not a decision: say so where operators look, and fetch a new token next time.
                LogRefused(authorizeUri, (int)response.StatusCode, attempt.Outcome?.Unavailable ?? "");
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    tokens.Refused(token.Token);
                }
            }

            return attempt;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PdpAttempt.Retry($"The policy decision point at {authorizeUri} did not answer within {options.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException e)
        {
            return PdpAttempt.Retry($"The policy decision point at {authorizeUri} could not be reached ({e.HttpRequestError}): {e.Message}");
        }
        catch (IOException e)
        {
            return PdpAttempt.Retry($"The connection to the policy decision point at {authorizeUri} failed: {e.Message}");
        }
    }

    private HttpRequestMessage CreateMessage(byte[] body, string? token)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, authorizeUri)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = JsonContentType } },
            Headers = { Accept = { AcceptJson } },
        };
        if (options.SubscriptionKey is { } key)
        {
            message.Headers.TryAddWithoutValidation("Ocp-Apim-Subscription-Key", key);
        }

        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return message;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy decision point {Uri}: attempt {Attempt} failed, retrying in {DelayMilliseconds:0} ms: {Failure}")]
    private partial void LogRetry(Uri uri, int attempt, string failure, double delayMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Policy decision point {Uri} refused this service ({Status}), so no dialog can be decided; check PolicyDecisionPoint:AccessToken and the subscription key: {Reason}")]
    private partial void LogRefused(Uri uri, int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Policy decision point {Uri} not available after {Attempts} attempt(s): {Failure}")]
    private partial void LogUnavailable(Uri uri, int attempts, string failure);
}
