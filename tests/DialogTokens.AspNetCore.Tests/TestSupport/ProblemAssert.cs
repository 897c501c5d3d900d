using System.Net;
using System.Text.Json;

namespace DialogTokens.AspNetCore.Tests.TestSupport;

/// <summary>Checks an RFC 9457 problem on the wire and the RFC 6750 challenge beside it.</summary>
internal static class ProblemAssert
{
    /// <summary>401, <c>WWW-Authenticate: Bearer error="invalid_token", error_description="&lt;code&gt;: …"</c>, and the code in the body.</summary>
    public static async Task<JsonElement> RejectedAsync(HttpResponseMessage response, string code)
    {
        var challenge = Assert.Single(Challenges(response));
        Assert.StartsWith($"Bearer error=\"invalid_token\", error_description=\"{code}: ", challenge, StringComparison.Ordinal);
        Assert.EndsWith("\"", challenge, StringComparison.Ordinal);
        return await ProblemAsync(response, HttpStatusCode.Unauthorized, DialogTokenProblemTypes.Unauthenticated, code);
    }

    /// <summary>503 keys_unavailable: the issuer's fault, so no challenge, and Retry-After.</summary>
    public static async Task<JsonElement> KeysUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Empty(Challenges(response));
        Assert.NotNull(response.Headers.RetryAfter);
        return await ProblemAsync(response, HttpStatusCode.ServiceUnavailable, DialogTokenProblemTypes.KeysUnavailable, "keys_unavailable");
    }

    /// <summary>401 with a plain <c>Bearer</c> challenge (RFC 6750 §3.1: no error code without a token).</summary>
    public static async Task<JsonElement> NoTokenAsync(HttpResponseMessage response)
    {
        Assert.Equal(["Bearer"], Challenges(response));
        return await ProblemAsync(response, HttpStatusCode.Unauthorized, DialogTokenProblemTypes.Unauthenticated, "token_missing");
    }

    /// <summary>403 with the code in the body and no challenge.</summary>
    public static async Task<JsonElement> ForbiddenAsync(HttpResponseMessage response, string code)
    {
        Assert.Empty(Challenges(response));
        var type = code switch
        {
            "service_resource_mismatch" => DialogTokenProblemTypes.ServiceResourceMismatch,
            "party_mismatch" => DialogTokenProblemTypes.PartyMismatch,
            "dialog_mismatch" => DialogTokenProblemTypes.DialogMismatch,
            _ => DialogTokenProblemTypes.ActionNotGranted,
        };
        return await ProblemAsync(response, HttpStatusCode.Forbidden, type, code);
    }

    private static IEnumerable<string> Challenges(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("WWW-Authenticate", out var values) ? [.. values] : [];

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type, string code)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }
}
