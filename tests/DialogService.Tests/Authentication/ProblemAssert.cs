using System.Net;
using System.Text.Json;
using DialogTokens.DialogService.Problems;

namespace DialogTokens.DialogService.Tests.Authentication;

/// <summary>Checks an RFC 9457 problem on the wire and the RFC 6750 challenge beside it.</summary>
internal static class ProblemAssert
{
    public static async Task<string> UnauthenticatedAsync(HttpResponseMessage response, string expectedChallenge, string detailPart) =>
        await ProblemAsync(response, HttpStatusCode.Unauthorized, DialogProblemTypes.Unauthenticated, expectedChallenge, detailPart);

    public static async Task<string> InsufficientScopeAsync(HttpResponseMessage response, string scope) =>
        await ProblemAsync(response, HttpStatusCode.Forbidden, DialogProblemTypes.InsufficientScope,
            $"Bearer error=\"insufficient_scope\", scope=\"{scope}\"", $"'{scope}'");

    private static async Task<string> ProblemAsync(
        HttpResponseMessage response, HttpStatusCode status, string type, string expectedChallenge, string detailPart)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([expectedChallenge], response.Headers.WwwAuthenticate.Select(value => value.ToString()));
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(type, problem.RootElement.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        Assert.True(problem.RootElement.TryGetProperty("traceId", out _));
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.Contains(detailPart, detail, StringComparison.Ordinal);
        return body;
    }
}
