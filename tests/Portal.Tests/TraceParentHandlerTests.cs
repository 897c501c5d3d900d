using System.Diagnostics;
using DialogTokens.Portal.Client.Tracing;

namespace DialogTokens.Portal.Tests;

public sealed class TraceParentHandlerTests
{
    [Fact]
    public async Task ARequestInAUserStep_CarriesTheStepsTraceParent()
    {
        using var step = UserStep.Begin("portal.test");
        var sent = await SendAsync();

        Assert.Equal(step.Id, Assert.Single(sent.Headers.GetValues("traceparent")));
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", step.Id);
    }

    [Fact]
    public async Task ARequestOutsideAStep_CarriesNoTraceParent()
    {
        Activity.Current = null;
        var sent = await SendAsync();

        Assert.False(sent.Headers.Contains("traceparent"));
    }

    [Fact]
    public void EachStep_IsANewTrace_NotAChildOfTheOneBefore()
    {
        using var first = UserStep.Begin("portal.first");
        using var second = UserStep.Begin("portal.second");

        Assert.NotEqual(first.TraceId, second.TraceId);
        Assert.Null(second.Parent);
    }

    private static async Task<HttpRequestMessage> SendAsync()
    {
        var recorder = new Recorder();
        using var client = new HttpClient(new TraceParentHandler { InnerHandler = recorder });
        using var _ = await client.GetAsync(new Uri("http://127.0.0.1:1/"), TestContext.Current.CancellationToken);
        return recorder.Request!;
    }

    private sealed class Recorder : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
        }
    }
}
