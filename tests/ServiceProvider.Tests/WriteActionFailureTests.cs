using System.Net;
using System.Text.Json;
using DialogTokens.Samples.ServiceProvider.WriteActions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static DialogTokens.Samples.ServiceProvider.Tests.SampleServiceProviderTests;

namespace DialogTokens.Samples.ServiceProvider.Tests;

/// <summary>
/// A write action whose change the dialog service refuses gets the matching 4xx problem, and one the dialog service
/// cannot answer gets 502 or 503; never 500. A queued change that fails is logged and the queue goes on.
/// </summary>
public sealed class WriteActionFailureTests
{
    private const string Problems = "https://dialogtokens.dev/problems/";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteAction_OnADialogDeletedSinceTheTokenWasIssued_Answers410()
    {
        await using var hosts = await Hosts.StartAsync();
        var dialogId = await CreateDialogAsync(hosts);
        var (_, token) = await FetchAsync(hosts, dialogId, Kari);
        using (var deleted = await Hosts.SendAsync(hosts.DialogService, HttpMethod.Delete, $"api/v1/serviceowner/dialogs/{dialogId}", await hosts.EnterpriseTokenAsync()))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var submit = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", token);
        await AssertSampleProblemAsync(submit, HttpStatusCode.Gone, "dialog-deleted", dialogId.ToString());
        using var sign = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/sign", token);
        await AssertSampleProblemAsync(sign, HttpStatusCode.Gone, "dialog-deleted", dialogId.ToString());

        // Deleting what is deleted already is done (DELETE is idempotent, RFC 9110 §9.2.2).
        using var delete = await Hosts.SendAsync(hosts.Sample, HttpMethod.Delete, $"dialogs/{dialogId}", token);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var receipt = await Hosts.SendAsync(hosts.Sample, HttpMethod.Get, $"dialogs/{dialogId}/fce/receipt", token);
        Assert.Equal(HttpStatusCode.NoContent, receipt.StatusCode);
    }

    [Fact]
    public async Task WriteAction_OnADialogOfAnotherServiceOwner_Answers404()
    {
        // The sample writes as Kystlys Regnskap AS, which owns no resource: the dialog service hides ttd's dialog from it.
        await using var hosts = await Hosts.StartAsync(organization: "310100048");
        var dialogId = await CreateDialogAsync(hosts);
        var (_, token) = await FetchAsync(hosts, dialogId, Kari);

        using var submit = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", token);
        await AssertSampleProblemAsync(submit, HttpStatusCode.NotFound, "dialog-not-found", dialogId.ToString());
        using var delete = await Hosts.SendAsync(hosts.Sample, HttpMethod.Delete, $"dialogs/{dialogId}", token);
        await AssertSampleProblemAsync(delete, HttpStatusCode.NotFound, "dialog-not-found", dialogId.ToString());

        var (after, _) = await FetchAsync(hosts, dialogId, Kari);
        Assert.Equal("RequiresAttention", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task WriteAction_WhenEveryAttemptLosesTheRace_Answers409_AndChangesNothing()
    {
        await using var hosts = await Hosts.StartAsync(configureSample: builder =>
            builder.Services.AddHttpClient("DialogServiceClient").AddHttpMessageHandler(() => new RacingWriter()));
        var dialogId = await CreateDialogAsync(hosts);
        var (_, token) = await FetchAsync(hosts, dialogId, Kari);

        using var submit = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", token);

        await AssertSampleProblemAsync(submit, HttpStatusCode.Conflict, "dialog-conflict", dialogId.ToString());
        using var receipt = await Hosts.SendAsync(hosts.Sample, HttpMethod.Get, $"dialogs/{dialogId}/fce/receipt", token);
        Assert.Equal(HttpStatusCode.NoContent, receipt.StatusCode);
    }

    [Fact]
    public async Task WriteAction_WhenTheServiceOwnerApiRefusesTheSample_Answers502()
    {
        // The sample's own credentials lack the service-owner scope: the dialog service answers 403, which is not the user's fault.
        await using var hosts = await Hosts.StartAsync(scopes: "digdir:dialogporten");
        var dialogId = await CreateDialogAsync(hosts);
        var (_, token) = await FetchAsync(hosts, dialogId, Kari);

        using var submit = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", token);
        await AssertSampleProblemAsync(submit, HttpStatusCode.BadGateway, "dialog-service-failed", "403");
        using var delete = await Hosts.SendAsync(hosts.Sample, HttpMethod.Delete, $"dialogs/{dialogId}", token);
        await AssertSampleProblemAsync(delete, HttpStatusCode.BadGateway, "dialog-service-failed", "403");
    }

    public static TheoryData<string> Garbage => ["500", "502", "html", "json-array", "no-etag", "no-content"];

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task WriteAction_WhenTheDialogServiceFailsOrAnswersGarbage_Answers502(string answer)
    {
        await using var fake = await FakeDialogService.StartAsync(answer switch
        {
            "500" => FakeDialogService.Status(HttpStatusCode.InternalServerError, """{"title":"Internal error","status":500}"""),
            "502" => FakeDialogService.Status(HttpStatusCode.BadGateway, "Bad gateway", "text/plain"),
            "html" => FakeDialogService.Status(HttpStatusCode.OK, "<html><body>Login</body></html>", "text/html"),
            "json-array" => WithETag(FakeDialogService.Status(HttpStatusCode.OK, "[1,2,3]", "application/json")),
            "no-etag" => FakeDialogService.Status(HttpStatusCode.OK, """{"id":"x","content":{}}""", "application/json"),
            _ => WithETag(FakeDialogService.Status(HttpStatusCode.OK, """{"id":"x","status":"New"}""", "application/json")),
        });
        await using var hosts = await Hosts.StartAsync(serviceOwnerApi: fake.Address);
        var dialogId = await CreateDialogAsync(hosts);
        var (_, token) = await FetchAsync(hosts, dialogId, Kari);

        using var submit = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", token);

        await AssertSampleProblemAsync(submit, HttpStatusCode.BadGateway, "dialog-service-failed", "dialog service");
        Assert.True(fake.Calls >= 1);
    }

    [Fact]
    public async Task WriteAction_WhenTheDialogServiceIsUnreachable_Answers503WithRetryAfter()
    {
        await using var hosts = await Hosts.StartAsync(serviceOwnerApi: FakeDialogService.Unreachable());
        var dialogId = await CreateDialogAsync(hosts);
        var (_, token) = await FetchAsync(hosts, dialogId, Kari);

        foreach (var (method, path) in new[] { (HttpMethod.Post, $"dialogs/{dialogId}/submit"), (HttpMethod.Delete, $"dialogs/{dialogId}") })
        {
            using var response = await Hosts.SendAsync(hosts.Sample, method, path, token);
            await AssertSampleProblemAsync(response, HttpStatusCode.ServiceUnavailable, "dialog-service-unavailable", "could not be reached");
            Assert.NotNull(response.Headers.RetryAfter);
        }
    }

    [Fact]
    public async Task WriteAction_WhenTheDialogServiceDoesNotAnswerInTime_Answers503WithRetryAfter()
    {
        await using var fake = await FakeDialogService.StartAsync(FakeDialogService.Stall);
        await using var hosts = await Hosts.StartAsync(serviceOwnerApi: fake.Address, sampleArgs: ["--ServiceOwner:Timeout", "00:00:00.200"]);
        var dialogId = await CreateDialogAsync(hosts);
        var (_, token) = await FetchAsync(hosts, dialogId, Kari);

        using var response = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", token);

        await AssertSampleProblemAsync(response, HttpStatusCode.ServiceUnavailable, "dialog-service-unavailable", "did not answer");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("503", HttpStatusCode.ServiceUnavailable, "dialog-service-unavailable", "token endpoint answered 503")]
    [InlineData("unreachable", HttpStatusCode.ServiceUnavailable, "dialog-service-unavailable", "could not be reached")]
    [InlineData("500", HttpStatusCode.BadGateway, "dialog-service-failed", "token endpoint answered 500")]
    [InlineData("401", HttpStatusCode.BadGateway, "dialog-service-failed", "token endpoint answered 401")]
    public async Task WriteAction_WhenTheSamplesTokenEndpointFails_Answers503OnlyWhenItIsDown(string answer, HttpStatusCode status, string type, string detailContains)
    {
        await using var tokenEndpoint = await FakeDialogService.StartAsync(FakeDialogService.Status(
            answer switch { "503" => HttpStatusCode.ServiceUnavailable, "500" => HttpStatusCode.InternalServerError, _ => HttpStatusCode.Unauthorized },
            """{"title":"No token","status":0}"""));
        var tokenUri = answer == "unreachable" ? FakeDialogService.Unreachable() : new Uri(tokenEndpoint.Address, "token");
        await using var hosts = await Hosts.StartAsync(sampleArgs: ["--ServiceOwner:TokenUri", tokenUri.ToString()]);
        var dialogId = await CreateDialogAsync(hosts);
        var (_, token) = await FetchAsync(hosts, dialogId, Kari);

        using var response = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", token);

        await AssertSampleProblemAsync(response, status, type, detailContains);
        var (after, _) = await FetchAsync(hosts, dialogId, Kari);
        Assert.Equal("RequiresAttention", after.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("500")]
    public async Task WriteAction_WhenTheDialogServiceAnswerIsCutOff_Answers503WithRetryAfter(string status)
    {
        // The headers promise more body than comes before the connection closes.
        await using var fake = await FakeDialogService.StartAsync(WithETag(FakeDialogService.CutOff(status == "ok" ? HttpStatusCode.OK : HttpStatusCode.InternalServerError)));
        await using var hosts = await Hosts.StartAsync(serviceOwnerApi: fake.Address);
        var dialogId = await CreateDialogAsync(hosts);
        var (_, token) = await FetchAsync(hosts, dialogId, Kari);

        using var response = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", token);

        await AssertSampleProblemAsync(response, HttpStatusCode.ServiceUnavailable, "dialog-service-unavailable", "could not be reached");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task WriteAction_OnADialogWhoseGuiActionsHoldNonObjects_KeepsThem_AndIsMade()
    {
        string? written = null;
        await using var fake = await FakeDialogService.StartAsync(async context =>
        {
            if (HttpMethods.IsPut(context.Request.Method))
            {
                using var reader = new StreamReader(context.Request.Body);
                written = await reader.ReadToEndAsync(context.RequestAborted);
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }

            await WithETag(FakeDialogService.Status(HttpStatusCode.OK,
                """{"id":"x","status":"New","content":{},"guiActions":[1,"write",null,[],{"action":"write"},{"action":"sign"}]}""", "application/json"))(context);
        });
        await using var hosts = await Hosts.StartAsync(serviceOwnerApi: fake.Address);
        var dialogId = await CreateDialogAsync(hosts);
        var (_, token) = await FetchAsync(hosts, dialogId, Kari);

        using var submit = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", token);

        Assert.True(submit.StatusCode == HttpStatusCode.NoContent, $"Expected 204, got {(int)submit.StatusCode}: {await submit.Content.ReadAsStringAsync(Cancel)}");
        using var body = JsonDocument.Parse(written!);
        Assert.Equal("""[1,"write",null,[],{"action":"sign"}]""", body.RootElement.GetProperty("guiActions").GetRawText());
    }

    [Fact]
    public async Task QueuedWriteAction_ThatFails_IsLogged_AndTheQueueGoesOn()
    {
        var logs = new CapturedLogs("DialogTokens.Samples.ServiceProvider");
        await using var fake = await FakeDialogService.StartAsync(FakeDialogService.Stall);
        await using var hosts = await Hosts.StartAsync(
            serviceOwnerApi: fake.Address,
            configureSample: builder => builder.Logging.AddProvider(logs),
            sampleArgs: ["--ServiceOwner:Timeout", "00:00:00.200"]);
        var dialogId = await CreateDialogAsync(hosts);
        var (_, token) = await FetchAsync(hosts, dialogId, Kari);

        for (var i = 0; i < 2; i++)
        {
            using var accepted = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/sign?queue=true", token);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

            // A queue whose reader died never gets idle again: the wait would time out.
            await hosts.Queue.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        }

        Assert.False(hosts.SampleStopping, "A failed background write stopped the sample.");
        var failures = logs.Entries.Where(e => e.Category == typeof(QueuedWriteActions).FullName && e.Level >= LogLevel.Warning).ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Contains(dialogId.ToString(), f.Message, StringComparison.Ordinal));
        Assert.All(failures, f => Assert.Contains("did not answer", f.Message, StringComparison.Ordinal));
        using var stillServing = await Hosts.SendAsync(hosts.Sample, HttpMethod.Get, $"dialogs/{dialogId}/fce", token);
        Assert.Equal(HttpStatusCode.OK, stillServing.StatusCode);
    }

    [Fact]
    public async Task QueuedWriteAction_OnADeletedDialog_IsLogged_AndTheNextOneLands()
    {
        var logs = new CapturedLogs("DialogTokens.Samples.ServiceProvider");
        await using var hosts = await Hosts.StartAsync(configureSample: builder => builder.Logging.AddProvider(logs));
        var deletedId = await CreateDialogAsync(hosts);
        var liveId = await CreateDialogAsync(hosts);
        var (_, deletedToken) = await FetchAsync(hosts, deletedId, Kari);
        var (_, liveToken) = await FetchAsync(hosts, liveId, Kari);
        using (var deleted = await Hosts.SendAsync(hosts.DialogService, HttpMethod.Delete, $"api/v1/serviceowner/dialogs/{deletedId}", await hosts.EnterpriseTokenAsync()))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var first = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{deletedId}/sign?queue=true", deletedToken);
        using var second = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{liveId}/sign?queue=true", liveToken);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        await hosts.Queue.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10), Cancel);

        var failure = Assert.Single(logs.Entries, e => e.Category == typeof(QueuedWriteActions).FullName && e.Level >= LogLevel.Warning);
        Assert.Contains(deletedId.ToString(), failure.Message, StringComparison.Ordinal);
        Assert.Contains("deleted", failure.Message, StringComparison.Ordinal);
        var (after, _) = await FetchAsync(hosts, liveId, Kari);
        Assert.Equal("Completed", after.GetProperty("status").GetString());
    }

    private static Func<Microsoft.AspNetCore.Http.HttpContext, Task> WithETag(Func<Microsoft.AspNetCore.Http.HttpContext, Task> answer) => context =>
    {
        context.Response.Headers.ETag = "\"0197a6e1-0000-7000-8000-000000000000\"";
        return answer(context);
    };

    private static async Task AssertSampleProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type, string detailContains)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(Problems + type, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _), body);
    }

    /// <summary>Before each of the sample's PUTs, makes another change to the dialog (If-Match: *), so that the sample's write loses.</summary>
    private sealed class RacingWriter : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Put && request.Content is not null)
            {
                var body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
                using var competing = new HttpRequestMessage(HttpMethod.Put, request.RequestUri) { Content = new ByteArrayContent(body) };
                competing.Content.Headers.ContentType = new("application/json");
                competing.Headers.Authorization = request.Headers.Authorization;
                competing.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
                using var won = await base.SendAsync(competing, cancellationToken);
                Assert.Equal(HttpStatusCode.NoContent, won.StatusCode);
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
