using System.Net;
using System.Net.Http.Headers;
using DialogTokens.DialogService.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Tests.Authentication;

/// <summary><see cref="CallerPolicies.PolicyDecisionPoint"/>: its scope is configurable, defaults to Altinn's, and is validated.</summary>
public sealed class PolicyDecisionPointCallerPolicyTests
{
    private const string Path = "/test/pdp";
    private const string ScopeSetting = "DialogService:Authentication:PolicyDecisionPointScope";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Scope_DefaultsToAltinnsAuthorizeScope() =>
        Assert.Equal("altinn:authorization/authorize", new CallerAuthenticationOptions().PolicyDecisionPointScope);

    [Theory]
    [InlineData("")]
    [InlineData("two scopes")]
    [InlineData("quo\"te")]
    public void Scope_MustBeOneScopeToken(string scope)
    {
        var problems = new CallerAuthenticationOptions { PolicyDecisionPointScope = scope }.Validate();

        Assert.Contains("DialogService:Authentication:PolicyDecisionPointScope must be one scope", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Scope_FailsStartUp_WhenInvalid()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ScopeSetting] = "two scopes" }).Build();
        using var services = new ServiceCollection().AddLogging().AddCallerAuthentication(configuration)
            .AddSingleton<IConfigureOptions<IdentityProvider.DevelopmentIdentityProviderOptions>>(new ConfigureOptions<IdentityProvider.DevelopmentIdentityProviderOptions>(_ => { }))
            .BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CallerAuthenticationOptions>>().Value);

        Assert.Contains(e.Failures, f => f.Contains("PolicyDecisionPointScope must be one scope", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Policy_RequiresTheConfiguredScope()
    {
        var app = CallerTestHost.Build(new Dictionary<string, string?> { [ScopeSetting] = "example:pdp" }, registerTwice: false, out _);
        app.MapPost(Path, () => Results.NoContent()).RequireAuthorization(CallerPolicies.PolicyDecisionPoint);
        await app.StartAsync(Cancel);
        await using var host = app;
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()) };

        using var altinns = await PostAsync(client, await EnterpriseTokenAsync(client, "altinn:authorization/authorize"));
        using var configured = await PostAsync(client, await EnterpriseTokenAsync(client, "example:pdp"));

        await ProblemAssert.InsufficientScopeAsync(altinns, "example:pdp");
        Assert.Equal(HttpStatusCode.NoContent, configured.StatusCode);
    }

    private static Task<string> EnterpriseTokenAsync(HttpClient client, string scopes) =>
        client.GetStringAsync(new Uri($"/idp/api/GetEnterpriseToken?orgNo=991825827&scopes={Uri.EscapeDataString(scopes)}", UriKind.Relative), Cancel);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, Cancel);
    }
}
