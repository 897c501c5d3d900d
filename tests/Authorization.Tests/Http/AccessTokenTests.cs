using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>
/// The remote client's bearer token, configured as the dialog service configures it: a fixed token, or one fetched from
/// a token URI (the test-token generator's convention), reused until shortly before it expires, fetched again after a
/// 401; a token that cannot be had, and a PDP that refuses the caller, give "not available" with the reason, logged.
/// </summary>
public sealed class AccessTokenTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Decide_SendsTheConfiguredToken()
    {
        await using var pdp = await TokenCheckingPdp.StartAsync();
        pdp.Accept("fixed.token-value");
        await using var services = Build(pdp, ("AccessToken:Token", "fixed.token-value"));

        var result = await services.GetRequiredService<IDialogAuthorizer>().AuthorizeAsync(DialogSample.Request(), Cancel);

        Assert.True(result.IsDecided, result.Unavailable);
        Assert.Equal(["Bearer fixed.token-value"], pdp.Authorizations);
    }

    [Fact]
    public async Task Decide_FetchesTheTokenFromTheTokenUri_AndReusesItUntilShortlyBeforeItExpires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var pdp = await TokenCheckingPdp.StartAsync(time, lifetime: TimeSpan.FromMinutes(10));
        await using var services = Build(pdp, time, ("AccessToken:TokenUri", pdp.TokenUri.ToString()), ("AccessToken:RefreshBeforeExpiry", "00:01:00"));
        var client = services.GetRequiredService<IXacmlPolicyDecisionPoint>();
        var request = await Requests.ForDialogAsync(DialogSample.Request());

        Assert.NotNull((await client.DecideAsync(request, Cancel)).Response);
        Assert.NotNull((await services.GetRequiredService<IXacmlPolicyDecisionPoint>().DecideAsync(request, Cancel)).Response);
        Assert.Equal(1, pdp.Fetches);

        time.Advance(TimeSpan.FromMinutes(8.9));
        Assert.NotNull((await client.DecideAsync(request, Cancel)).Response);
        Assert.Equal(1, pdp.Fetches);

        // Within RefreshBeforeExpiry of exp: a new token before the old one runs out.
        time.Advance(TimeSpan.FromMinutes(0.2));
        Assert.NotNull((await client.DecideAsync(request, Cancel)).Response);
        Assert.Equal(2, pdp.Fetches);
        Assert.Equal(2, pdp.Authorizations.Distinct().Count());
        Assert.Equal("/token?orgNo=991825827&scopes=altinn:authorization/authorize", pdp.TokenRequests.Distinct().Single());
    }

    [Fact]
    public async Task Decide_FetchesANewToken_AfterThePdpRefusedTheCachedOne()
    {
        await using var pdp = await TokenCheckingPdp.StartAsync();
        await using var services = Build(pdp, ("AccessToken:TokenUri", pdp.TokenUri.ToString()));
        var authorizer = services.GetRequiredService<IDialogAuthorizer>();
        Assert.True((await authorizer.AuthorizeAsync(DialogSample.Request(), Cancel)).IsDecided);

        // The PDP's keys changed (a restart of the development identity provider): the cached token is refused once.
        pdp.ForgetTokens();
        var refused = await authorizer.AuthorizeAsync(DialogSample.Request(), Cancel);
        var again = await authorizer.AuthorizeAsync(DialogSample.Request(), Cancel);

        Assert.False(refused.IsDecided);
        Assert.Contains("answered 401 Unauthorized", refused.Unavailable, StringComparison.Ordinal);
        Assert.True(again.IsDecided, again.Unavailable);
        Assert.Equal(2, pdp.Fetches);
    }

    [Fact]
    public async Task Decide_IsNotAvailable_WithThePdpsReason_AndLogsIt_WhenThePdpRefusesTheToken()
    {
        await using var pdp = await TokenCheckingPdp.StartAsync();
        var logs = new CapturingLoggerProvider();
        await using var services = Build(pdp, logs, ("AccessToken:Token", "not.accepted"));

        var result = await services.GetRequiredService<IDialogAuthorizer>().AuthorizeAsync(DialogSample.Request(), Cancel);

        Assert.False(result.IsDecided);
        Assert.Empty(result.Decisions);
        Assert.Contains("answered 401 Unauthorized; check the subscription key and the access token.", result.Unavailable, StringComparison.Ordinal);
        Assert.Contains("WWW-Authenticate: Bearer error=\"invalid_token\", error_description=\"The signature is invalid\"", result.Unavailable, StringComparison.Ordinal);
        Assert.Contains("It said: The token's signature is invalid.", result.Unavailable, StringComparison.Ordinal);
        Assert.DoesNotContain("not.accepted", result.Unavailable, StringComparison.Ordinal);
        var logged = Assert.Single(logs.Messages, m => m.Level == LogLevel.Warning && m.Text.Contains("refused this service (401)", StringComparison.Ordinal));
        Assert.Contains("The signature is invalid", logged.Text, StringComparison.Ordinal);
        Assert.Single(pdp.Authorizations);
    }

    [Fact]
    public async Task Decide_IsNotAvailable_WithoutAttempt_WhenTheTokenEndpointFails()
    {
        await using var pdp = await TokenCheckingPdp.StartAsync();
        pdp.TokenStatus = 500;
        var logs = new CapturingLoggerProvider();
        await using var services = Build(pdp, logs, ("AccessToken:TokenUri", pdp.TokenUri.ToString()), ("MaxRetries", "1"));

        var result = await services.GetRequiredService<IDialogAuthorizer>().AuthorizeAsync(DialogSample.Request(), Cancel);

        Assert.False(result.IsDecided);
        Assert.Contains($"No access token for the policy decision point at {pdp.BaseAddress}authorization/api/v1/authorize: " +
            $"The token endpoint {pdp.BaseAddress}token answered 500 Internal Server Error. Gave up after 2 attempt(s).", result.Unavailable, StringComparison.Ordinal);
        Assert.DoesNotContain("orgNo", result.Unavailable, StringComparison.Ordinal);
        Assert.Equal(0, pdp.Attempts);
        Assert.Equal(2, pdp.Fetches);
        Assert.Contains(logs.Messages, m => m.Level == LogLevel.Warning && m.Text.Contains("No access token", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("line\r\nX-Injected: 1")]
    public async Task Decide_IsNotAvailable_WhenTheTokenEndpointAnswersNoBearerToken(string body)
    {
        await using var pdp = await TokenCheckingPdp.StartAsync();
        pdp.TokenBody = body;
        await using var services = Build(pdp, ("AccessToken:TokenUri", pdp.TokenUri.ToString()), ("MaxRetries", "0"));

        var result = await services.GetRequiredService<IDialogAuthorizer>().AuthorizeAsync(DialogSample.Request(), Cancel);

        Assert.Contains("answered something that is not a bearer token", result.Unavailable, StringComparison.Ordinal);
        Assert.Equal(0, pdp.Attempts);
    }

    [Fact]
    public async Task Decide_IsNotAvailable_NotAnException_WhenTheProviderThrows()
    {
        await using var pdp = await TokenCheckingPdp.StartAsync();
        var client = Clients.For(pdp.BaseAddress, configure: o =>
        {
            o.MaxRetries = 0;
            o.AccessTokenProvider = _ => throw new InvalidOperationException("Maskinporten is down.");
        });

        var outcome = await client.DecideAsync(await Requests.ForDialogAsync(DialogSample.Request()), Cancel);

        Assert.Contains("The access token provider failed: InvalidOperationException: Maskinporten is down.", outcome.Unavailable, StringComparison.Ordinal);
        Assert.Equal(0, pdp.Attempts);
    }

    [Fact]
    public void AddPolicyDecisionPoint_FailsAtStartUp_WithEveryTokenProblem()
    {
        using var services = Build(new Uri("https://pdp.example.test/"), null, null,
            ("AccessToken:Token", "a b"), ("AccessToken:TokenUri", "http://idp.example.test/token"), ("AccessToken:RefreshBeforeExpiry", "01:00:00"));

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(4, e.Failures.Count());
        Assert.Contains(e.Failures, f => f.StartsWith("Set at most one of AccessToken:Token, AccessToken:TokenUri and AccessTokenProvider.", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("AccessToken:Token must be a bearer token", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("AccessToken:TokenUri must use https (plain http only to a loopback host)", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("AccessToken:RefreshBeforeExpiry must be between", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://idp.example.test/api/GetEnterpriseToken?orgNo=991825827&scopes=altinn:authorization/authorize", null)]
    [InlineData("http://127.0.0.1:5080/idp/api/GetEnterpriseToken?orgNo=991825827", null)]
    [InlineData("https://user:secret@idp.example.test/token", "must have no user info or fragment")]
    [InlineData("https://idp.example.test/token#x", "must have no user info or fragment")]
    [InlineData("/idp/token", "must be an absolute URI")]
    public void Validate_ChecksTheTokenUri(string uri, string? problem)
    {
        var options = new PolicyDecisionPointOptions { Mode = PolicyDecisionPointMode.Remote, RemoteBaseUri = new Uri("https://pdp.example.test/") };
        options.AccessToken.TokenUri = new Uri(uri, UriKind.RelativeOrAbsolute);

        var problems = options.Validate();

        if (problem is null)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(problem, Assert.Single(problems), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_RefusesATokenBesideAProvider()
    {
        var options = new PolicyDecisionPointOptions { AccessTokenProvider = _ => ValueTask.FromResult<string?>("x") };
        options.AccessToken.Token = "y";

        Assert.StartsWith("Set at most one of", Assert.Single(options.Validate()), StringComparison.Ordinal);
    }

    private static ServiceProvider Build(TokenCheckingPdp pdp, params (string Key, string Value)[] settings) =>
        Build(pdp.BaseAddress, null, null, settings);

    private static ServiceProvider Build(TokenCheckingPdp pdp, TimeProvider time, params (string Key, string Value)[] settings) =>
        Build(pdp.BaseAddress, time, null, settings);

    private static ServiceProvider Build(TokenCheckingPdp pdp, CapturingLoggerProvider logs, params (string Key, string Value)[] settings) =>
        Build(pdp.BaseAddress, null, logs, settings);

    private static ServiceProvider Build(Uri baseAddress, TimeProvider? time, CapturingLoggerProvider? logs, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["PolicyDecisionPoint:Mode"] = "Remote",
            ["PolicyDecisionPoint:RemoteBaseUri"] = baseAddress.ToString(),
            ["PolicyDecisionPoint:RetryDelay"] = "00:00:00",
            ["PolicyDecisionPoint:DecisionCacheDuration"] = "00:00:00",
        };
        foreach (var (key, value) in settings)
        {
            values["PolicyDecisionPoint:" + key] = value;
        }

        var services = new ServiceCollection().AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddPolicyDecisionPoint(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>
    /// A PDP that, like the dialog service's endpoint, answers only the tokens it accepts (401 with an RFC 6750 challenge
    /// and a problem otherwise), and a token endpoint on the same host that issues JWT-shaped tokens with an <c>exp</c>.
    /// </summary>
    private sealed class TokenCheckingPdp : IAsyncDisposable
    {
        private readonly LoopbackHost host;
        private readonly ConcurrentDictionary<string, bool> accepted = new();
        private readonly ConcurrentQueue<string> authorizations = new();
        private readonly ConcurrentQueue<string> tokenRequests = new();
        private int fetches;
        private int attempts;

        private TokenCheckingPdp(LoopbackHost host) => this.host = host;

        public Uri BaseAddress => host.BaseAddress;

        public Uri TokenUri => new(BaseAddress, "token?orgNo=991825827&scopes=altinn:authorization/authorize");

        public int Fetches => Volatile.Read(ref fetches);

        /// <summary>Requests that reached the decision (a token accepted).</summary>
        public int Attempts => Volatile.Read(ref attempts);

        public IReadOnlyList<string> Authorizations => [.. authorizations];

        public IReadOnlyList<string> TokenRequests => [.. tokenRequests];

        public int TokenStatus { get; set; } = 200;

        public string? TokenBody { get; set; }

        public static async Task<TokenCheckingPdp> StartAsync(TimeProvider? time = null, TimeSpan? lifetime = null)
        {
            var clock = time ?? TimeProvider.System;
            TokenCheckingPdp? self = null;
            var host = await LoopbackHost.StartAsync(_ => { }, app =>
            {
                app.MapGet("/token", (HttpContext context) =>
                {
                    Interlocked.Increment(ref self!.fetches);
                    self.tokenRequests.Enqueue(context.Request.Path + context.Request.QueryString);
                    if (self.TokenStatus != 200)
                    {
                        return Results.StatusCode(self.TokenStatus);
                    }

                    var exp = (clock.GetUtcNow() + (lifetime ?? TimeSpan.FromHours(1))).ToUnixTimeSeconds();
                    var token = self.TokenBody ?? $"eyJhbGciOiJub25lIn0.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{{\"exp\":{exp},\"n\":{self.Fetches}}}"))}.c2ln";
                    self.Accept(token);
                    return Results.Text(token, "text/plain");
                });
                app.MapPost(PolicyDecisionPointEndpoints.AuthorizePath, async (HttpContext context) =>
                {
                    var authorization = context.Request.Headers.Authorization.ToString();
                    self!.authorizations.Enqueue(authorization);
                    if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !self.accepted.ContainsKey(authorization["Bearer ".Length..]))
                    {
                        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The signature is invalid\"";
                        await ScriptedPdpServer.WriteAsync(context, 401,
                            """{"type":"https://dialogtokens.dev/problems/unauthenticated","title":"Unauthenticated","status":401,"detail":"The token's signature is invalid."}""",
                            "application/problem+json");
                        return;
                    }

                    Interlocked.Increment(ref self.attempts);
                    using var reader = new StreamReader(context.Request.Body);
                    var request = System.Text.Json.JsonDocument.Parse(await reader.ReadToEndAsync(context.RequestAborted));
                    var count = request.RootElement.GetProperty("Request").GetProperty("MultiRequests").GetProperty("RequestReference").GetArrayLength();
                    await ScriptedPdpServer.WriteAsync(context, 200,
                        "{\"Response\":[" + string.Join(',', Enumerable.Repeat("""{"Decision":"Permit"}""", count)) + "]}");
                });
            });
            self = new TokenCheckingPdp(host);
            return self;
        }

        public void Accept(string token) => accepted[token] = true;

        public void ForgetTokens() => accepted.Clear();

        public ValueTask DisposeAsync() => host.DisposeAsync();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<(LogLevel Level, string Text)> messages = new();

        public IReadOnlyList<(LogLevel Level, string Text)> Messages => [.. messages];

        public ILogger CreateLogger(string categoryName) => new Logger(messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel Level, string Text)> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
