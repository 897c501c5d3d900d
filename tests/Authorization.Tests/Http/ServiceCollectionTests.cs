using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary><c>AddPolicyDecisionPoint</c>: configuration alone picks the PDP; bad options fail at start-up; safe twice.</summary>
public sealed class ServiceCollectionTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddPolicyDecisionPoint_ResolvesTheEmbeddedPdp_ByDefault()
    {
        var store = new InMemoryAuthorizationStore();
        await using var services = Build(new Dictionary<string, string?>(), s => s.AddSingleton<IAuthorizationStore>(store));

        Assert.IsType<EmbeddedPolicyDecisionPoint>(services.GetRequiredService<IXacmlPolicyDecisionPoint>());
        Assert.Same(services.GetRequiredService<IXacmlPolicyDecisionPoint>(), services.GetRequiredService<IXacmlPolicyDecisionPoint>());
        Assert.IsType<CachingDialogAuthorizer>(services.GetRequiredService<IDialogAuthorizer>());
    }

    [Fact]
    public async Task AddPolicyDecisionPoint_ResolvesTheHttpClient_InRemoteMode_FromConfiguration()
    {
        await using var services = Build(new Dictionary<string, string?>
        {
            ["PolicyDecisionPoint:Mode"] = "Remote",
            ["PolicyDecisionPoint:RemoteBaseUri"] = "https://platform.tt02.altinn.no/",
            ["PolicyDecisionPoint:Timeout"] = "00:00:02",
            ["PolicyDecisionPoint:MaxRetries"] = "1",
            ["PolicyDecisionPoint:SubscriptionKey"] = "apim-key",
        });

        Assert.IsType<HttpPolicyDecisionPoint>(services.GetRequiredService<IXacmlPolicyDecisionPoint>());
        var options = services.GetRequiredService<IOptions<PolicyDecisionPointOptions>>().Value;
        Assert.Equal(new Uri("https://platform.tt02.altinn.no/"), options.RemoteBaseUri);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Timeout);
        Assert.Equal(1, options.MaxRetries);
        Assert.Equal("apim-key", options.SubscriptionKey);
    }

    [Fact]
    public async Task AddPolicyDecisionPoint_DecidesOverHttp_WithARegisteredClient()
    {
        var pdp = DialogSample.Pdp();
        await using var host = await LoopbackHost.StartPdpAsync(pdp);
        await using var services = Build(new Dictionary<string, string?>
        {
            ["PolicyDecisionPoint:Mode"] = "Remote",
            ["PolicyDecisionPoint:RemoteBaseUri"] = host.BaseAddress.ToString(),
        });

        var result = await services.GetRequiredService<IDialogAuthorizer>().AuthorizeAsync(DialogSample.Request(), Cancel);

        Assert.True(result.IsDecided);
        Assert.Equal(3, result.Decisions.Count(d => d.IsPermitted));
        Assert.Single(pdp.Requests);
    }

    [Fact]
    public async Task AddPolicyDecisionPoint_RegisteredClient_DoesNotFollowRedirects()
    {
        await using var server = await ScriptedPdpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = "/elsewhere";
            return Task.CompletedTask;
        });
        await using var services = Build(new Dictionary<string, string?>
        {
            ["PolicyDecisionPoint:Mode"] = "Remote",
            ["PolicyDecisionPoint:RemoteBaseUri"] = server.BaseAddress.ToString(),
        });

        var result = await services.GetRequiredService<IDialogAuthorizer>().AuthorizeAsync(DialogSample.Request(), Cancel);

        Assert.Contains("answered 307 Temporary Redirect.", result.Unavailable, StringComparison.Ordinal);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public void AddPolicyDecisionPoint_FailsAtStartUp_WithEveryProblem()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["PolicyDecisionPoint:Mode"] = "Remote",
            ["PolicyDecisionPoint:RemoteBaseUri"] = "http://pdp.example.test/",
            ["PolicyDecisionPoint:MaxRetries"] = "10",
        });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(2, e.Failures.Count());
        Assert.Contains(e.Failures, f => f.Contains("RemoteBaseUri must use https", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("MaxRetries must be between 0 and 5 (it is 10)", StringComparison.Ordinal));
    }

    [Fact]
    public void AddPolicyDecisionPoint_FailsAtStartUp_InEmbeddedMode_WithoutAStore()
    {
        using var services = Build(new Dictionary<string, string?>());

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Mode is Embedded, but no IAuthorizationStore is registered", Assert.Single(e.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddPolicyDecisionPoint_PassesStartUp_InEmbeddedMode_WithAStore()
    {
        using var services = Build(new Dictionary<string, string?>(), s => s.AddSingleton<IAuthorizationStore>(new InMemoryAuthorizationStore()));

        services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void AddPolicyDecisionPoint_IsSafeToCallTwice()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddSingleton<IAuthorizationStore>(new InMemoryAuthorizationStore());

        services.AddPolicyDecisionPoint(configuration).AddPolicyDecisionPoint(o => o.MaxRetries = 4);

        Assert.Single(services, d => d.ServiceType == typeof(IXacmlPolicyDecisionPoint));
        Assert.Single(services, d => d.ServiceType == typeof(IDialogAuthorizer));
        Assert.Single(services, d => d.ServiceType == typeof(EmbeddedPolicyDecisionPoint));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<PolicyDecisionPointOptions>));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(4, provider.GetRequiredService<IOptions<PolicyDecisionPointOptions>>().Value.MaxRetries);
    }

    [Fact]
    public void AddPolicyDecisionPoint_KeepsAPdpTheHostRegisteredFirst()
    {
        var mine = new FakePdp();
        var services = new ServiceCollection().AddSingleton<IXacmlPolicyDecisionPoint>(mine);

        services.AddPolicyDecisionPoint(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<IXacmlPolicyDecisionPoint>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        more?.Invoke(services);
        services.AddPolicyDecisionPoint(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
