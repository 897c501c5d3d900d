using System.Net;
using DialogTokens.AspNetCore.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DialogTokens.AspNetCore.Tests.Authorization;

/// <summary>
/// An app that accepts dialog tokens from two issuers, one scheme each: a minimal API endpoint names its scheme in
/// <c>RequireDialogAction</c>, and a token from the other issuer is refused there.
/// </summary>
public sealed class SecondSchemeTests
{
    private const string PartnerScheme = "PartnerDialogToken";

    [Fact]
    public async Task EachEndpoint_AcceptsTokensOfItsOwnScheme_Only()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var partner = await FakeIssuer.StartAsync();
        await using var app = await ProtectedApp.StartAsync(Build(issuer.BaseAddress, partner.BaseAddress));
        var dialog = Guid.CreateVersion7();

        Assert.Equal(HttpStatusCode.NoContent, await PostAsync(app, $"/dialogs/{dialog}/write", issuer.Issue(dialog, "write")));
        Assert.Equal(HttpStatusCode.NoContent, await PostAsync(app, $"/partner/dialogs/{dialog}/write", partner.Issue(dialog, "write")));

        // Crossed: each scheme knows only its own issuer.
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(app, $"/dialogs/{dialog}/write", partner.Issue(dialog, "write")));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(app, $"/partner/dialogs/{dialog}/write", issuer.Issue(dialog, "write")));

        // The partner endpoint still checks the action.
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(app, $"/partner/dialogs/{dialog}/write", partner.Issue(dialog, "read")));
    }

    [Fact]
    public void BlankSchemeName_ThrowsWhenTheEndpointIsMapped()
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        Assert.Throws<ArgumentException>(() => app.MapPost("/x/{dialogId}", () => Results.NoContent()).RequireDialogAction("write", authenticationSchemes: " "));
    }

    private static async Task<HttpStatusCode> PostAsync(ProtectedApp app, string path, string token)
    {
        using var response = await app.SendAsync(HttpMethod.Post, path, token);
        return response.StatusCode;
    }

    private static WebApplication Build(string authority, string partnerAuthority)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication()
            .AddDialogToken(o => o.Authority = new Uri(authority))
            .AddDialogToken(PartnerScheme, o => o.Authority = new Uri(partnerAuthority));
        var app = builder.Build();
        app.MapPost("/dialogs/{dialogId}/write", () => Results.NoContent()).RequireDialogAction("write");
        app.MapPost("/partner/dialogs/{dialogId}/write", () => Results.NoContent()).RequireDialogAction("write", authenticationSchemes: PartnerScheme);
        return app;
    }
}
