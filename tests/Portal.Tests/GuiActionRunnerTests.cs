using System.Net;
using DialogTokens.Portal.Client.Actions;
using DialogTokens.Portal.Client.Api;
using DialogTokens.Portal.Client.ServiceProvider;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Portal.Tests;

/// <summary>Write actions: the action's method with the dialog token, no body, no cookies; 204 done, 202 accepted, else refused.</summary>
public sealed class GuiActionRunnerTests
{
    private readonly FakeTimeProvider time = new();

    [Theory]
    [InlineData("POST")]
    [InlineData("DELETE")]
    [InlineData("post")]
    public async Task WriteAction_SendsItsMethod_WithTheToken_NoBody_NoCookies(string method)
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Status(HttpStatusCode.NoContent));

        var result = await RunAsync(sp, Action(method));

        Assert.Equal(ActionOutcome.Done, result.Outcome);
        var request = Assert.Single(sp.Requests);
        Assert.Equal(method.ToUpperInvariant(), request.Method.Method);
        Assert.Equal(new Uri("https://sp.example/dialogs/1/submit"), request.Url);
        Assert.Equal("first", request.Bearer);
        Assert.False(request.HasBody);
        Assert.True(request.Options.TryGetValue(new HttpRequestOptionsKey<IDictionary<string, object>>("WebAssemblyFetchOptions"), out var fetch));
        Assert.Equal("omit", fetch["credentials"]);
    }

    [Fact]
    public async Task Accepted_IsAccepted()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Status(HttpStatusCode.Accepted));

        Assert.Equal(ActionOutcome.Accepted, (await RunAsync(sp, Action("POST"))).Outcome);
    }

    [Fact]
    public async Task Refusal_CarriesTheProblem()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Problem(HttpStatusCode.Forbidden, "action-not-granted", code: "action_not_granted"));

        var result = await RunAsync(sp, Action("POST"));

        Assert.Equal(ActionOutcome.Refused, result.Outcome);
        Assert.Equal(403, result.Answer.Status);
        Assert.Equal("action_not_granted", result.Answer.Problem!.Code);
        Assert.Equal("Because.", result.Answer.Problem.Detail);
    }

    [Fact]
    public async Task ExpiredToken_IsRenewedOnce_AndTheActionSentAgain()
    {
        var sp = new FakeServiceProvider(time,
            FakeServiceProvider.Problem(HttpStatusCode.Unauthorized, "unauthenticated", code: "token_expired"),
            FakeServiceProvider.Status(HttpStatusCode.NoContent));
        var tokens = new CountingTokens();

        var result = await RunAsync(sp, Action("POST"), tokens);

        Assert.Equal(ActionOutcome.Done, result.Outcome);
        Assert.True(result.Answer.TokenRenewed);
        Assert.Equal(["first", "fresh-1"], sp.Requests.Select(r => r.Bearer));
    }

    [Fact]
    public async Task ExpiredToken_ThatCannotBeRenewed_IsTheRefusal()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Problem(HttpStatusCode.Unauthorized, "unauthenticated", code: "token_expired"));

        var result = await RunAsync(sp, Action("POST"), new CountingTokens(canRenew: false));

        Assert.Equal(ActionOutcome.Refused, result.Outcome);
        Assert.Single(sp.Requests);
    }

    [Fact]
    public async Task ServerError_IsNotRetried_AWriteIsNotRepeatedBlindly()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Status(HttpStatusCode.InternalServerError));

        var result = await RunAsync(sp, Action("POST"));

        Assert.Equal(ActionOutcome.Refused, result.Outcome);
        Assert.Single(sp.Requests);
    }

    [Fact]
    public async Task UnauthorizedAction_IsNeverSent()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Status(HttpStatusCode.NoContent));

        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(sp, Action("POST") with { IsAuthorized = false, Url = "urn:dialogporten:unauthorized" }));
        Assert.Empty(sp.Requests);
    }

    [Fact]
    public async Task GetAction_IsNotSent_ItIsALink()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Status(HttpStatusCode.NoContent));

        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(sp, Action("GET")));
        Assert.Empty(sp.Requests);
    }

    [Fact]
    public void Order_IsPrimaryThenSecondary_TertiaryInTheMenu()
    {
        GuiAction[] actions =
        [
            Action("POST") with { Action = "delete", Priority = "Tertiary" },
            Action("POST") with { Action = "write", Priority = "Secondary" },
            Action("POST") with { Action = "sign", Priority = "Tertiary" },
            Action("GET") with { Action = "read", Priority = "Primary" },
        ];

        Assert.Equal(["read", "write"], GuiActionOrder.Buttons(actions).Select(a => a.Action));
        Assert.Equal(["delete", "sign"], GuiActionOrder.Menu(actions).Select(a => a.Action));
        Assert.Equal("tertiary", GuiActionOrder.PriorityName("Unknown"));
    }

    private Task<ActionResult> RunAsync(FakeServiceProvider sp, GuiAction action, CountingTokens? tokens = null) =>
        new GuiActionRunner(new ServiceProviderClient(new HttpClient(sp), time)).RunAsync(action, tokens ?? new CountingTokens(), TestContext.Current.CancellationToken);

    private static GuiAction Action(string method) => new(
        Guid.NewGuid(), "write", "https://sp.example/dialogs/1/submit", null, true, false, "Secondary", method,
        [new Localization("Send inn", "nb")], null);
}
