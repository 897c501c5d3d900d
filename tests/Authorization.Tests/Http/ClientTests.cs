using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>The client against our endpoint and against scripted servers: answers, refusals, garbage.</summary>
public sealed class ClientTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Decide_ReturnsTheDecisions_OfOurEndpoint()
    {
        var pdp = DialogSample.Pdp();
        await using var host = await LoopbackHost.StartPdpAsync(pdp);
        var request = await Requests.ForDialogAsync(DialogSample.Request());

        var outcome = await Clients.For(host.BaseAddress).DecideAsync(request, Cancel);

        Assert.NotNull(outcome.Response);
        Assert.Equal(["Permit", "Permit", "Permit", "Permit", "NotApplicable"], outcome.Response.Response.Select(r => r.Decision));
        Assert.Equal("2", outcome.Response.Response[0].Obligations[0].AttributeAssignment[0].Value);
    }

    [Fact]
    public async Task Decide_ReadsAltinnsCamelCaseAnswer()
    {
        await using var server = await ScriptedPdpServer.AnsweringAsync(200, Conformance.ResourceRegistry("ResourceRegistry_NoResource_IndeterminateResponse.json"));

        var outcome = await Clients.For(server.BaseAddress).DecideAsync(await SingleRequestAsync(), Cancel);

        var result = Assert.Single(outcome.Response!.Response);
        Assert.Equal("Indeterminate", result.Decision);
        Assert.Equal("urn:oasis:names:tc:xacml:1.0:status:processing-error", result.Status.StatusCode.Value);
    }

    [Fact]
    public async Task Decide_ReadsAltinnsMultiAnswerWithObligations()
    {
        await using var server = await ScriptedPdpServer.AnsweringAsync(200, Conformance.ResourceRegistry("AltinnResourceRegistryMulti0012Response.json"));
        var request = System.Text.Json.JsonSerializer.Deserialize<XacmlJsonRequestRoot>(Conformance.ResourceRegistry("AltinnResourceRegistryMulti0012Request.json"))!;

        var outcome = await Clients.For(server.BaseAddress).DecideAsync(request, Cancel);

        Assert.Equal(["Permit", "Permit", "NotApplicable", "NotApplicable"], outcome.Response!.Response.Select(r => r.Decision));
        Assert.Equal(AltinnXacml.MinimumAuthenticationLevel, outcome.Response.Response[0].Obligations[0].AttributeAssignment[0].Category);
    }

    [Fact]
    public async Task Decide_IsBadRequest_On400_WithoutRetry()
    {
        await using var server = await ScriptedPdpServer.AnsweringAsync(400,
            """{"type":"https://example.test/bad","title":"Bad","status":400,"detail":"Resource 'x' does not exist."}""", "application/problem+json");

        var outcome = await Clients.For(server.BaseAddress).DecideAsync(await SingleRequestAsync(), Cancel);

        Assert.Equal("The policy decision point refused the request (400): Resource 'x' does not exist.", outcome.RequestProblem);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task Decide_IsBadRequest_WithOurEndpointsDetail()
    {
        await using var host = await LoopbackHost.StartPdpAsync(new FakePdp { Outcome = XacmlDecisionOutcome.BadRequest("Unknown party.") });

        var outcome = await Clients.For(host.BaseAddress).DecideAsync(await SingleRequestAsync(), Cancel);

        Assert.Equal("The policy decision point refused the request (400): Unknown party.", outcome.RequestProblem);
    }

    [Theory]
    [InlineData(401, "answered 401 Unauthorized; check the subscription key and the access token.")]
    [InlineData(403, "answered 403 Forbidden; check the subscription key and the access token.")]
    [InlineData(404, "answered 404 Not Found.")]
    [InlineData(500, "answered 500 Internal Server Error.")]
    [InlineData(302, "answered 302 Found.")]
    public async Task Decide_IsNotAvailable_WithoutRetry_OnOtherStatuses(int status, string reason)
    {
        await using var server = await ScriptedPdpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = status;
            if (status == 302)
            {
                context.Response.Headers.Location = "/elsewhere";
            }

            return Task.CompletedTask;
        });

        var outcome = await Clients.For(server.BaseAddress).DecideAsync(await SingleRequestAsync(), Cancel);

        Assert.Null(outcome.Response);
        Assert.Null(outcome.RequestProblem);
        Assert.Contains(reason, outcome.Unavailable, StringComparison.Ordinal);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task Decide_IsNotAvailable_WhenTheResultCountDiffers()
    {
        await using var host = await LoopbackHost.StartPdpAsync(new FakePdp
        {
            Outcome = XacmlDecisionOutcome.Decided(new XacmlJsonResponse { Response = [new XacmlJsonResult { Decision = "Permit" }] }),
        });
        var request = await Requests.ForDialogAsync(DialogSample.Request());

        var outcome = await Clients.For(host.BaseAddress).DecideAsync(request, Cancel);

        Assert.Equal("The policy decision point answered 1 results for 5 requests.", outcome.Unavailable);
    }

    [Theory]
    [InlineData("<html><body>Bad gateway</body></html>", "not a XACML JSON response: '<' is an invalid start of a value (at $, line 1, byte 1).")]
    [InlineData("", "answered 0 results for 1 requests.")]
    [InlineData("{}", "answered 0 results for 1 requests.")]
    [InlineData("""{"Response":"Permit"}""", "not a XACML JSON response: a value has the wrong JSON type (at $.Response")]
    [InlineData("""{"Response":[{"Decision":"Maybe"}]}""", "answered result 0 without a XACML decision ('Maybe').")]
    [InlineData("""{"Response":[{}]}""", "answered result 0 without a XACML decision ('').")]
    public async Task Decide_IsNotAvailable_WhenTheAnswerIsGarbage(string body, string reason)
    {
        await using var server = await ScriptedPdpServer.AnsweringAsync(200, body);

        var outcome = await Clients.For(server.BaseAddress).DecideAsync(await SingleRequestAsync(), Cancel);

        Assert.Contains(reason, outcome.Unavailable, StringComparison.Ordinal);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task Decide_RefusesAnInvalidRequest_WithoutSendingIt()
    {
        await using var server = await ScriptedPdpServer.AnsweringAsync(200, "{}");
        var request = await SingleRequestAsync();
        request.Request.MultiRequests.RequestReference[0].ReferenceId[2] = "r9";

        var outcome = await Clients.For(server.BaseAddress).DecideAsync(request, Cancel);

        Assert.Contains("ReferenceId[2] is 'r9', which names no category", outcome.RequestProblem, StringComparison.Ordinal);
        Assert.Equal(0, server.Attempts);
    }

    [Fact]
    public async Task Decide_SendsTheSubscriptionKeyAndBearerToken()
    {
        await using var server = await ScriptedPdpServer.AnsweringAsync(200, """{"Response":[{"Decision":"Deny"}]}""");
        var client = Clients.For(server.BaseAddress, configure: o =>
        {
            o.SubscriptionKey = "apim-key-123";
            o.AccessTokenProvider = _ => ValueTask.FromResult<string?>("altinn-token");
        });

        var outcome = await client.DecideAsync(await SingleRequestAsync(), Cancel);

        Assert.Equal("Deny", outcome.Response!.Response[0].Decision);
        Assert.Equal("apim-key-123", server.State.LastHeaders!["Ocp-Apim-Subscription-Key"]);
        Assert.Equal("Bearer altinn-token", server.State.LastHeaders["Authorization"]);
        Assert.StartsWith("application/json", server.State.LastHeaders["Content-Type"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_SendsNoCredentials_WhenNoneAreConfigured()
    {
        await using var server = await ScriptedPdpServer.AnsweringAsync(200, """{"Response":[{"Decision":"Deny"}]}""");

        await Clients.For(server.BaseAddress).DecideAsync(await SingleRequestAsync(), Cancel);

        Assert.False(server.State.LastHeaders!.ContainsKey("Ocp-Apim-Subscription-Key"));
        Assert.False(server.State.LastHeaders.ContainsKey("Authorization"));
    }

    private static async Task<XacmlJsonRequestRoot> SingleRequestAsync() =>
        await Requests.ForDialogAsync(DialogSample.Request() with { Actions = [new DialogAction("read")] });
}
