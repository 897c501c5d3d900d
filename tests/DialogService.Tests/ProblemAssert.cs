using System.Net;
using System.Text.Json;
using DialogTokens.DialogService.Problems;

namespace DialogTokens.DialogService.Tests;

/// <summary>
/// Checks an RFC 9457 problem on the wire: status, content type, type from the table, detail, trace id, no stack trace;
/// and, when given, the RFC 6750 challenge beside it.
/// </summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsAsync(HttpResponseMessage response, HttpStatusCode status, string type, string detailPart, string? challenge = null)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (challenge is not null)
        {
            Assert.Equal([challenge], response.Headers.WwwAuthenticate.Select(value => value.ToString()));
        }

        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.Contains(detailPart, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>A 401 with <paramref name="expectedChallenge"/>; the problem's JSON text.</summary>
    public static async Task<string> UnauthenticatedAsync(HttpResponseMessage response, string expectedChallenge, string detailPart) =>
        (await IsAsync(response, HttpStatusCode.Unauthorized, DialogProblemTypes.Unauthenticated.Type, detailPart, expectedChallenge)).GetRawText();

    /// <summary>A 403 asking for <paramref name="scope"/> (RFC 6750 <c>insufficient_scope</c>); the problem's JSON text.</summary>
    public static async Task<string> InsufficientScopeAsync(HttpResponseMessage response, string scope) =>
        (await IsAsync(response, HttpStatusCode.Forbidden, DialogProblemTypes.InsufficientScope.Type, $"'{scope}'", $"Bearer error=\"insufficient_scope\", scope=\"{scope}\"")).GetRawText();
}
