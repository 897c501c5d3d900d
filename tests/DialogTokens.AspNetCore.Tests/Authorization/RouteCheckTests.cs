using System.Reflection;
using System.Net;
using DialogTokens.AspNetCore.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting;

namespace DialogTokens.AspNetCore.Tests.Authorization;

/// <summary>
/// <c>RequireDialogAction</c> on a route that names no dialog used to check the token against its own dialog, so any
/// token with the action was good for every dialog. Now the host refuses to start, unless the endpoint says
/// <see cref="DialogIdFrom.Token"/>; and an endpoint that says so while its route names a dialog refuses too.
/// </summary>
public sealed class RouteCheckTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_Fails_ForAMinimalApiRouteWithoutADialogId()
    {
        await using var app = NewApp();
        app.MapPost("/submit", () => Results.NoContent()).RequireDialogAction("write");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync(Cancel));

        Assert.Contains("'/submit' has no '{dialogId}' parameter", error.Message, StringComparison.Ordinal);
        Assert.Contains("DialogIdFrom.Token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Fails_ForARouteWithoutTheNamedRouteValue()
    {
        await using var app = NewApp();
        app.MapPost("/dialogs/{dialogId}/write", () => Results.NoContent()).RequireDialogAction("write", dialogIdRouteValue: "id");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync(Cancel));

        Assert.Contains("has no '{id}' parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Fails_ForAControllerRouteWithoutADialogId()
    {
        await using var app = NewApp(services => services.AddControllers()
            .ConfigureApplicationPartManager(parts =>
            {
                parts.ApplicationParts.Add(new AssemblyPart(typeof(MisfitDialogController).Assembly));
                parts.FeatureProviders.Add(new OnlyMisfitController());
            }));
        app.MapControllers();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync(Cancel));

        Assert.Contains("'mvc/misfit/write' has no '{dialogId}' parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Fails_WhenTheTokensOwnDialogIsRequired_OnARouteThatNamesADialog()
    {
        await using var app = NewApp();
        app.MapPost("/dialogs/{dialogId}/write", () => Results.NoContent()).RequireDialogAction("write", dialogIdFrom: DialogIdFrom.Token);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync(Cancel));

        Assert.Contains("names a dialog in '{dialogId}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Fails_ListingEveryMisfitEndpoint_InAGroupToo()
    {
        await using var app = NewApp();
        var group = app.MapGroup("/parties/{party}");
        group.MapPost("/submit", () => Results.NoContent()).RequireDialogAction("write");
        group.MapPost("/sign", () => Results.NoContent()).RequireDialogAction("sign");
        group.MapPost("/dialogs/{dialogId}/read", () => Results.NoContent()).RequireDialogAction("read");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync(Cancel));

        Assert.Contains("'/parties/{party}/submit'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'/parties/{party}/sign'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Succeeds_ForTheTokensOwnDialog_WhenTheEndpointSaysSo()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        var app = NewApp(authority: issuer.BaseAddress);
        app.MapGet("/fce", () => Results.NoContent()).RequireDialogAction("read", dialogIdFrom: DialogIdFrom.Token);
        await using var started = await ProtectedApp.StartAsync(app);

        var response = await started.SendAsync(HttpMethod.Get, "/fce", issuer.Issue(Guid.CreateVersion7(), "read"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task RequirementInAPolicyOfOnesOwn_OnARouteWithoutADialogId_IsRefusedPerRequest()
    {
        // The start-up check sees endpoint metadata, not a named policy's requirements: the handler fails closed instead.
        await using var issuer = await FakeIssuer.StartAsync();
        var app = NewApp(
            services => services.AddAuthorization(options => options.AddPolicy("write", policy => policy
                .AddAuthenticationSchemes(DialogTokenDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new DialogActionRequirement(new DialogAction("write"))))),
            issuer.BaseAddress);
        app.MapPost("/submit", () => Results.NoContent()).RequireAuthorization("write");
        await using var started = await ProtectedApp.StartAsync(app);

        var response = await started.SendAsync(HttpMethod.Post, "/submit", issuer.Issue(Guid.CreateVersion7(), "write"));

        await ProblemAssert.ForbiddenAsync(response, "dialog_mismatch");
    }

    private static WebApplication NewApp(Action<IServiceCollection>? services = null, string? authority = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication().AddDialogToken(options => options.Authority = new Uri(authority ?? IssuerAndApp.ClosedAddress()));
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    private sealed class OnlyMisfitController : IApplicationFeatureProvider<ControllerFeature>
    {
        public void PopulateFeature(IEnumerable<ApplicationPart> parts, ControllerFeature feature)
        {
            feature.Controllers.Clear();
            feature.Controllers.Add(typeof(MisfitDialogController).GetTypeInfo());
        }
    }
}
