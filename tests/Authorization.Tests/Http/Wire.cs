using System.Net.Http.Headers;
using System.Text.Json;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>Posts raw bytes to the authorize endpoint and reads the answer as JSON.</summary>
internal static class Wire
{
    public static async Task<WireAnswer> PostAsync(Uri baseAddress, HttpContent content)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        using var response = await client.PostAsync(PolicyDecisionPointEndpoints.AuthorizePath.TrimStart('/'), content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new WireAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
    }

    public static Task<WireAnswer> PostAsync(Uri baseAddress, string body, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return PostAsync(baseAddress, content);
    }
}

internal sealed record WireAnswer(int Status, string? MediaType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Problem(string member) => Json.TryGetProperty(member, out var value) ? value.ToString() : null;
}
