using System.Data.Common;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using static DialogTokens.IdentityProvider.Tests.CodeFlowTests;

namespace DialogTokens.IdentityProvider.Tests;

/// <summary>
/// RFC 6749 §4.1.2: an authorization code is used once. A second exchange is refused with invalid_grant on the same
/// instance, on another instance that shares the database and the key ring, and after a restart.
/// </summary>
public sealed class CodeReplayTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Code_RedeemedTwice_IsRefusedTheSecondTime()
    {
        await using var host = await IdentityProviderHost.StartAsync();
        var verifier = NewVerifier();
        var code = await LogInAsync(host, Challenge(verifier), authLvl: "3");

        using var first = await RedeemAsync(host, code, verifier);
        using var second = await RedeemAsync(host, code, verifier);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertInvalidGrantAsync(second, "redeemed already");

        // What the refusal cannot undo: the first exchange's access token is a JWT, verified offline until it expires.
        using var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync(Cancel));
        Assert.False(body.RootElement.TryGetProperty("refresh_token", out _), "No refresh token is issued, so none needs revoking.");
        await TestTokenGeneratorTests.AssertAcceptedByJwtBearerAsync(host, body.RootElement.GetProperty("access_token").GetString()!);
    }

    [Fact]
    public async Task Code_RedeemedConcurrently_IsExchangedOnce()
    {
        await using var host = await IdentityProviderHost.StartAsync();
        var verifier = NewVerifier();
        var code = await LogInAsync(host, Challenge(verifier), authLvl: "3");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RedeemAsync(host, code, verifier)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal(7, answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Code_IssuedByOneInstance_IsExchangedOnceAcrossInstances(string provider)
    {
        await using var storage = await SharedStorage.CreateAsync(provider);
        await using var a = await IdentityProviderHost.StartAsync(storage: storage);
        await using var b = await IdentityProviderHost.StartAsync(storage: storage);
        var verifier = NewVerifier();
        var code = await LogInAsync(a, Challenge(verifier), authLvl: "3");

        // Any instance can exchange a code another one issued (the key ring is shared) ...
        using var onB = await RedeemAsync(b, code, verifier);
        Assert.True(onB.StatusCode == HttpStatusCode.OK, await onB.Content.ReadAsStringAsync(Cancel));

        // ... and the exchange is recorded where every instance sees it.
        using var againOnA = await RedeemAsync(a, code, verifier);
        await AssertInvalidGrantAsync(againOnA, "redeemed already");
        using var againOnB = await RedeemAsync(b, code, verifier);
        await AssertInvalidGrantAsync(againOnB, "redeemed already");

        // Racing instances: exactly one wins.
        var racing = NewVerifier();
        var raced = await LogInAsync(a, Challenge(racing), authLvl: "3");
        var answers = await Task.WhenAll(RedeemAsync(a, raced, racing), RedeemAsync(b, raced, racing), RedeemAsync(a, raced, racing), RedeemAsync(b, raced, racing));
        Assert.Single(answers, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Code_RedeemedBeforeARestart_IsRefusedAfterIt(string provider)
    {
        await using var storage = await SharedStorage.CreateAsync(provider);
        var verifier = NewVerifier();
        string redeemed, pending;
        await using (var before = await IdentityProviderHost.StartAsync(storage: storage))
        {
            redeemed = await LogInAsync(before, Challenge(verifier), authLvl: "3");
            pending = await LogInAsync(before, Challenge(verifier), authLvl: "3");
            using var first = await RedeemAsync(before, redeemed, verifier);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await using var after = await IdentityProviderHost.StartAsync(storage: storage);

        // The keys that protect codes survived the restart: a code issued before it is still good once ...
        using var pendingFirst = await RedeemAsync(after, pending, verifier);
        Assert.True(pendingFirst.StatusCode == HttpStatusCode.OK, await pendingFirst.Content.ReadAsStringAsync(Cancel));

        // ... and the record of redemptions survived it too.
        using var replay = await RedeemAsync(after, redeemed, verifier);
        await AssertInvalidGrantAsync(replay, "redeemed already");
        using var pendingAgain = await RedeemAsync(after, pending, verifier);
        await AssertInvalidGrantAsync(pendingAgain, "redeemed already");
    }

    [Fact]
    public async Task Code_WhenTheRedemptionStoreIsDown_IsRefusedAsTemporarilyUnavailable()
    {
        await using var storage = SharedStorage.Unopenable();
        await using var host = await IdentityProviderHost.StartAsync(storage: storage);
        var verifier = NewVerifier();
        var code = await LogInAsync(host, Challenge(verifier), authLvl: "3");

        using var response = await RedeemAsync(host, code, verifier);

        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"Expected 503, got {(int)response.StatusCode}: {text}");
        Assert.NotNull(response.Headers.RetryAfter);
        using var body = JsonDocument.Parse(text);
        Assert.Equal("temporarily_unavailable", body.RootElement.GetProperty("error").GetString());
        Assert.False(body.RootElement.TryGetProperty("access_token", out _));
    }

    public static TheoryData<string> StoreFaults => ["connection-closed", "transient", "retries-exhausted", "timeout"];

    [Theory]
    [MemberData(nameof(StoreFaults))]
    public async Task Code_WhenTheRedemptionStoreFailsWithoutADbException_IsRefusedAsTemporarilyUnavailable(string fault)
    {
        await using var storage = await SharedStorage.CreateAsync("Sqlite");
        storage.Interceptor = new FailingCommands(fault switch
        {
            // What Npgsql throws for a connection that broke and was closed under the command.
            "connection-closed" => () => new InvalidOperationException("Connection is not open"),
            // What an execution strategy throws for a transient failure it does not retry.
            "transient" => () => new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new TimeoutException()),
            "retries-exhausted" => () => new RetryLimitExceededException("The maximum number of retries (6) was exceeded.", new TimeoutException()),
            _ => () => new TimeoutException("The operation has timed out."),
        });
        await using var host = await IdentityProviderHost.StartAsync(storage: storage);
        var verifier = NewVerifier();
        var code = await LogInAsync(host, Challenge(verifier), authLvl: "3");

        using var response = await RedeemAsync(host, code, verifier);

        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"Expected 503, got {(int)response.StatusCode}: {text}");
        Assert.NotNull(response.Headers.RetryAfter);
        using var body = JsonDocument.Parse(text);
        Assert.Equal("temporarily_unavailable", body.RootElement.GetProperty("error").GetString());
        Assert.False(body.RootElement.TryGetProperty("access_token", out _));

        // Healed, the same code is still good once: the failed exchange did not spend it.
        storage.Interceptor = null;
        await using var healed = await IdentityProviderHost.StartAsync(storage: storage);
        using var retried = await RedeemAsync(healed, code, verifier);
        Assert.True(retried.StatusCode == HttpStatusCode.OK, await retried.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Instances_FirstUsedAtOnceOnAFreshPostgreSqlDatabase_AllRecordTheirExchanges()
    {
        // Each instance creates the table on its first exchange, and PostgreSQL does not serialize concurrent
        // CREATE TABLE IF NOT EXISTS: the loser of the race hits a duplicate key in pg_type. Several fresh databases,
        // so that the race is run often enough to be lost.
        for (var round = 0; round < 3; round++)
        {
            await using var storage = await SharedStorage.CreateAsync("PostgreSql");
            var failures = new SharedStorage.FailureLog();
            var stores = Enumerable.Range(0, 16).Select(_ => storage.Redemptions(failures)).ToList();
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var exchanges = stores.Select(store => Task.Run(async () =>
            {
                await go.Task;
                return await store.TryRedeemAsync(Guid.NewGuid().ToString("N"), TimeProvider.System.GetUtcNow().AddMinutes(5), Cancel);
            }, Cancel)).ToList();
            go.SetResult();

            var results = await Task.WhenAll(exchanges);

            Assert.True(results.All(result => result == RedemptionResult.First), string.Join(Environment.NewLine, failures.Failures.Distinct()));
            stores.ForEach(store => store.Dispose());
        }
    }

    [Fact]
    public async Task Instances_StartingAtOnceOnAFreshPostgreSqlDatabase_BothExchangeCodes()
    {
        await using var storage = await SharedStorage.CreateAsync("PostgreSql");
        var started = await Task.WhenAll(IdentityProviderHost.StartAsync(storage: storage), IdentityProviderHost.StartAsync(storage: storage));
        await using var a = started[0];
        await using var b = started[1];
        var verifier = NewVerifier();
        var onA = await LogInAsync(a, Challenge(verifier), authLvl: "3");
        var onB = await LogInAsync(b, Challenge(verifier), authLvl: "3");

        var answers = await Task.WhenAll(RedeemAsync(a, onA, verifier), RedeemAsync(b, onB, verifier));

        foreach (var answer in answers)
        {
            Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync(Cancel));
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Code_WithoutItsVerifier_IsRefused_AndNotSpent()
    {
        await using var host = await IdentityProviderHost.StartAsync();
        var verifier = NewVerifier();
        var code = await LogInAsync(host, Challenge(verifier), authLvl: "3");

        using var missing = await RedeemAsync(host, code, verifier, fields => fields["code_verifier"] = null);
        using var wrong = await RedeemAsync(host, code, verifier, fields => fields["code_verifier"] = NewVerifier());

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("code_verifier", await missing.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await AssertInvalidGrantAsync(wrong, "code_verifier");

        // PKCE is checked before the exchange is recorded: guessing the verifier cannot spend the user's code.
        using var right = await RedeemAsync(host, code, verifier);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Code_WithAnotherRedirectUri_IsRefused()
    {
        await using var host = await IdentityProviderHost.StartAsync();
        var verifier = NewVerifier();
        var code = await LogInAsync(host, Challenge(verifier), authLvl: "3");

        // RFC 6749 §4.1.3: the redirect_uri must be the one of the authorization request.
        using var response = await RedeemAsync(host, code, verifier, fields => fields["redirect_uri"] = "http://127.0.0.1:4200/other");

        await AssertInvalidGrantAsync(response, "redirect_uri");
    }

    [Theory]
    [InlineData("someone-else", HttpStatusCode.BadRequest, "invalid_grant")]
    [InlineData(null, HttpStatusCode.BadRequest, "invalid_request")]
    public async Task Code_ForAnotherOrNoClient_IsRefused(string? clientId, HttpStatusCode status, string error)
    {
        await using var host = await IdentityProviderHost.StartAsync();
        var verifier = NewVerifier();
        var code = await LogInAsync(host, Challenge(verifier), authLvl: "3");

        using var response = await RedeemAsync(host, code, verifier, fields => fields["client_id"] = clientId);

        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        using var body = JsonDocument.Parse(text);
        Assert.Equal(error, body.RootElement.GetProperty("error").GetString());

        // The refused attempt did not spend the code.
        using var right = await RedeemAsync(host, code, verifier);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Authorize_RefusesAnUnknownClient_WithoutRedirecting()
    {
        await using var host = await IdentityProviderHost.StartAsync();

        var uri = AuthorizeUri(RedirectUri, PkceQuery(Challenge(NewVerifier()))).OriginalString.Replace("client_id=dialogporten-portal", "client_id=someone-else", StringComparison.Ordinal);
        using var response = await host.Client.GetAsync(new Uri(uri, UriKind.Relative), Cancel);

        // OpenIddict answers invalid_client with 401 (RFC 6749 §5.2); what matters is that nothing redirects.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("invalid_client", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static async Task AssertInvalidGrantAsync(HttpResponseMessage response, string descriptionContains)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {text}");
        using var body = JsonDocument.Parse(text);
        Assert.Equal("invalid_grant", body.RootElement.GetProperty("error").GetString());
        Assert.Contains(descriptionContains, body.RootElement.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.False(body.RootElement.TryGetProperty("access_token", out _));
    }

    /// <summary>Fails every command with what <paramref name="fault"/> makes, before it reaches the database.</summary>
    private sealed class FailingCommands(Func<Exception> fault) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            throw fault();
    }
}
