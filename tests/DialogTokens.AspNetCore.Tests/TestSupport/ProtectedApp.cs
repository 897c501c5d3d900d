using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DialogTokens.AspNetCore.Tests.TestSupport;

/// <summary>
/// A service provider on 127.0.0.1, port 0, set up as the README says (two lines), with endpoints for each way of
/// requiring an action, a controller, an anonymous endpoint and <c>/health</c>.
/// </summary>
internal sealed class ProtectedApp : IAsyncDisposable
{
    /// <summary>A service resource that <see cref="FakeIssuer"/>'s tokens are not for.</summary>
    public const string OtherServiceResource = "urn:altinn:resource:another-service";

    private readonly WebApplication _app;

    private ProtectedApp(WebApplication app, Uri baseAddress)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Starts an app whose <c>DialogToken:Authority</c> is <paramref name="authority"/>.</summary>
    public static Task<ProtectedApp> StartAsync(string authority, TimeProvider? clock = null, Action<IServiceCollection>? services = null) =>
        StartAsync(new Dictionary<string, string?> { ["DialogToken:Authority"] = authority }, clock, services);

    public static Task<ProtectedApp> StartAsync(IDictionary<string, string?> settings, TimeProvider? clock = null, Action<IServiceCollection>? services = null) =>
        StartAsync(Build(settings, clock, services));

    /// <summary>Starts an app built elsewhere, listening on <c>http://127.0.0.1:0</c>.</summary>
    public static async Task<ProtectedApp> StartAsync(WebApplication app)
    {
        await app.StartAsync(Cancel);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new ProtectedApp(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public static WebApplication Build(IDictionary<string, string?> settings, TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        // Line 1 of the README.
        builder.Services.AddAuthentication().AddDialogToken(builder.Configuration.GetSection("DialogToken"));

        builder.Services.AddControllers().AddApplicationPart(typeof(TestDialogsController).Assembly)
            .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Add(new WithoutMisfitControllers()));
        builder.Services.AddHealthChecks().AddDialogTokenKeys();
        services?.Invoke(builder.Services);
        var app = builder.Build();

        // Line 2 of the README, and its variants.
        app.MapPost("/dialogs/{dialogId}/write", (VerifiedDialogToken token) => Results.Ok(Answer.From(token))).RequireDialogAction("write");
        app.MapGet("/dialogs/{dialogId:guid}/fce", (VerifiedDialogToken token) => Results.Ok(Answer.From(token))).RequireDialogAction("read");
        app.MapPost("/dialogs/{dialogId}/delete", () => Results.NoContent()).RequireDialogAction("delete");
        app.MapPost("/dialogs/{dialogId}/task1/delete", () => Results.NoContent()).RequireDialogAction("delete", "urn:altinn:task:Task_1");
        app.MapGet("/dialogs/{dialogId}/sub1", () => Results.NoContent()).RequireDialogAction("read", "sub1");
        app.MapPost("/dialogs/{dialogId}/sign", () => Results.NoContent()).RequireDialogAction("read").RequireDialogAction("sign");
        app.MapGet("/embed", (VerifiedDialogToken token) => Results.Ok(Answer.From(token))).RequireDialogAction("read", dialogIdFrom: DialogIdFrom.Token);
        app.MapGet("/optional/{dialogId?}", () => Results.NoContent()).RequireDialogAction("read");
        app.MapPost("/dialogs/{dialogId}/other-service", () => Results.NoContent()).RequireDialogAction("write", serviceResource: OtherServiceResource);
        app.MapPost("/dialogs/{dialogId}/this-service", () => Results.NoContent()).RequireDialogAction("write", serviceResource: FakeIssuer.ServiceResource);
        app.MapGet("/dialogs/{dialogId}/claims", (ClaimsPrincipal user) => Results.Ok(new ClaimsAnswer(
                user.Identity?.AuthenticationType, user.Identity?.Name, [.. user.Claims.Select(c => new ClaimAnswer(c.Type, c.Value, c.Issuer))])))
            .RequireDialogAction("read");
        app.MapGet("/anonymous", (HttpContext context) => Results.Ok(context.GetDialogToken()?.DialogId));
        app.MapControllers();
        app.MapHealthChecks("/health");
        return app;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token = null, string scheme = "Bearer")
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", token.Length == 0 ? scheme : $"{scheme} {token}");
        }

        return Client.SendAsync(request, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}

/// <summary>What the test endpoints answer: the token as the handler read it.</summary>
internal sealed record Answer(Guid DialogId, string Party, string AuthenticatedParty, string ServiceResource, int AuthenticationLevel, string Actions)
{
    public static Answer From(VerifiedDialogToken token) =>
        new(token.DialogId, token.Party, token.AuthenticatedParty, token.ServiceResource, token.AuthenticationLevel, token.Actions.ToString());
}

internal sealed record ClaimsAnswer(string? AuthenticationType, string? Name, ClaimAnswer[] Claims);

internal sealed record ClaimAnswer(string Type, string Value, string Issuer);
