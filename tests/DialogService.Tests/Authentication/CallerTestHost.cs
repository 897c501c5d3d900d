using System.Net.Http.Headers;
using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Problems;
using DialogTokens.IdentityProvider;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DialogTokens.DialogService.Tests.Authentication;

/// <summary>
/// A host on 127.0.0.1, port 0, Development: the in-process identity provider, caller authentication, and two test
/// endpoints that answer with the caller they read.
/// </summary>
internal sealed class CallerTestHost : IAsyncDisposable
{
    public const string EndUserPath = "/test/enduser";

    public const string ServiceOwnerPath = "/test/serviceowner";

    private readonly WebApplication app;

    private CallerTestHost(WebApplication app, Uri baseAddress, ShiftableTimeProvider clock)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Clock = clock;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>The clock of the identity provider (and of the whole host).</summary>
    public ShiftableTimeProvider Clock { get; }

    public IServiceProvider Services => app.Services;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<CallerTestHost> StartAsync(IDictionary<string, string?>? settings = null, bool registerTwice = false)
    {
        var app = Build(settings, registerTwice, out var clock);
        await app.StartAsync(Cancel);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new CallerTestHost(app, new Uri(address), clock);
    }

    public static WebApplication Build(IDictionary<string, string?>? settings, bool registerTwice, out ShiftableTimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        clock = new ShiftableTimeProvider();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddProblemDetails();
        builder.Services.AddDevelopmentIdentityProvider(builder.Configuration.GetSection(DevelopmentIdentityProviderOptions.SectionName));
        builder.Services.AddCallerAuthentication(builder.Configuration);
        if (registerTwice)
        {
            builder.Services.AddCallerAuthentication(builder.Configuration);
        }

        var app = builder.Build();
        app.MapDevelopmentIdentityProvider();
        // Bound as the dialog endpoints bind their caller, so these tests see what they see.
        app.MapGet(EndUserPath, (Login<EndUserCaller> login) => login.TryGetCaller(out var caller, out var problem)
                ? Results.Ok(caller)
                : (IResult)DialogProblem.Create(DialogProblemTypes.Forbidden, problem))
            .RequireAuthorization(CallerPolicies.EndUser);
        app.MapGet(ServiceOwnerPath, (Login<ServiceOwnerCaller> login) => login.TryGetCaller(out var caller, out var problem)
                ? Results.Ok(caller)
                : (IResult)DialogProblem.Create(DialogProblemTypes.Forbidden, problem))
            .RequireAuthorization(CallerPolicies.ServiceOwner);
        return app;
    }

    public Task<string> GetPersonalTokenAsync(string pid = "12345678901", string scopes = "digdir:dialogporten", int authLvl = 3) =>
        Client.GetStringAsync(new Uri(
            $"/idp/api/GetPersonalToken?pid={pid}&scopes={Uri.EscapeDataString(scopes)}&authLvl={authLvl}", UriKind.Relative), Cancel);

    public Task<string> GetEnterpriseTokenAsync(string orgNo = "991825827", string scopes = "digdir:dialogporten.serviceprovider") =>
        Client.GetStringAsync(new Uri(
            $"/idp/api/GetEnterpriseToken?orgNo={orgNo}&scopes={Uri.EscapeDataString(scopes)}", UriKind.Relative), Cancel);

    public async Task<HttpResponseMessage> CallAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
