using DialogTokens.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace DialogTokens.AspNetCore.Tests.Http;

/// <summary>The problem bodies keep their code and trace id in a host that has its own problem details service.</summary>
public sealed class ProblemDetailsTests
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("text/markdown")]
    public async Task HostWithProblemDetails_StillAnswersTheCode_WhateverTheAcceptHeader(string accept)
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await ProtectedApp.StartAsync(issuer.BaseAddress, services: services => services.AddProblemDetails(options =>
            options.CustomizeProblemDetails = context => context.ProblemDetails.Extensions["host"] = "customized"));
        var dialog = Guid.CreateVersion7();

        using var unauthenticated = await SendAsync(app, $"/dialogs/{dialog}/fce", "abc", accept);
        using var forbidden = await SendAsync(app, $"/dialogs/{Guid.CreateVersion7()}/fce", issuer.Issue(dialog, "read"), accept);

        await ProblemAssert.RejectedAsync(unauthenticated, "token_malformed");
        await ProblemAssert.ForbiddenAsync(forbidden, "dialog_mismatch");
    }

    [Fact]
    public async Task ChallengeDescription_StaysOneQuotedString_WhenTheTokenQuotesOddCharacters()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await ProtectedApp.StartAsync(issuer.BaseAddress);
        var dialog = Guid.CreateVersion7();
        var token = issuer.Issue(dialog, "write", issuer: "https://issuer.example/a\"b\\c");

        using var response = await app.SendAsync(HttpMethod.Post, $"/dialogs/{dialog}/write", token);

        await ProblemAssert.RejectedAsync(response, "issuer_invalid");
        var challenge = Assert.Single(response.Headers.NonValidated["WWW-Authenticate"]);
        var description = challenge[(challenge.IndexOf("error_description=\"", StringComparison.Ordinal) + 19)..^1];
        Assert.DoesNotContain('"', description);
        Assert.DoesNotContain('\\', description);
    }

    private static Task<HttpResponseMessage> SendAsync(ProtectedApp app, string path, string token, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return app.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
