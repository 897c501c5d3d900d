using System.Net;
using DialogTokens.AspNetCore.Tests.TestSupport;

namespace DialogTokens.AspNetCore.Tests.Authentication;

/// <summary>
/// The scheme's <c>ServiceResource</c>, <c>Party</c> and <c>MaxTokenLifetime</c>, bound from configuration and applied to
/// every token on the wire: another service resource or party is 403 with its code (the token is sound, it is for
/// something else), a longer lifetime than allowed is 401.
/// </summary>
public sealed class SchemeRecipientTests
{
    private static readonly Guid Dialog = Guid.CreateVersion7();

    [Fact]
    public async Task TokenForAnotherServiceResource_Answers403_ServiceResourceMismatch_WithoutAChallenge()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await StartAsync(issuer, "ServiceResource", ProtectedApp.OtherServiceResource);

        var response = await app.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", issuer.Issue(Dialog, "write"));

        var problem = await ProblemAssert.ForbiddenAsync(response, "service_resource_mismatch");
        Assert.Contains(FakeIssuer.ServiceResource, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenForTheConfiguredServiceResource_Answers200()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await StartAsync(issuer, "ServiceResource", FakeIssuer.ServiceResource);

        var response = await app.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", issuer.Issue(Dialog, "write"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenForAnotherParty_Answers403_PartyMismatch_AndTheConfiguredParty_200()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var other = await StartAsync(issuer, "Party", "urn:altinn:person:identifier-no:02056260016");
        await using var same = await StartAsync(issuer, "Party", FakeIssuer.Party);

        var refused = await other.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", issuer.Issue(Dialog, "write"));
        var accepted = await same.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", issuer.Issue(Dialog, "write"));

        await ProblemAssert.ForbiddenAsync(refused, "party_mismatch");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task ABadToken_IsStill401_WhenAServiceResourceIsConfigured()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await StartAsync(issuer, "ServiceResource", ProtectedApp.OtherServiceResource);

        var response = await app.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", "a.b.c");

        await ProblemAssert.RejectedAsync(response, "token_encoding_invalid");
    }

    [Fact]
    public async Task MaxTokenLifetime_FromConfiguration_RefusesALongerToken_With401()
    {
        // FakeIssuer issues for 600 s, Dialogporten's lifetime; five minutes allowed is less.
        await using var issuer = await FakeIssuer.StartAsync();
        await using var strict = await StartAsync(issuer, "MaxTokenLifetime", "00:05:00");
        await using var lenient = await StartAsync(issuer, "MaxTokenLifetime", "00:10:00");

        var refused = await strict.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", issuer.Issue(Dialog, "write"));
        var accepted = await lenient.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", issuer.Issue(Dialog, "write"));

        var problem = await ProblemAssert.RejectedAsync(refused, "token_lifetime_too_long");
        Assert.Contains("at most 300 s", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    private static Task<ProtectedApp> StartAsync(FakeIssuer issuer, string setting, string value) =>
        ProtectedApp.StartAsync(new Dictionary<string, string?>
        {
            ["DialogToken:Authority"] = issuer.BaseAddress,
            [$"DialogToken:Validation:{setting}"] = value,
        });
}
