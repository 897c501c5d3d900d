using System.Net;
using System.Text.Json;

namespace DialogTokens.Authorization;

/// <summary>
/// Reads a remote PDP's answer: a 2xx must be a XACML JSON response with one decided result per request; 400-class
/// refusals of the request are <see cref="XacmlDecisionOutcome.BadRequest"/>; 408, 429, 502, 503 and 504 are worth a
/// retry; anything else means the PDP is not available.
/// </summary>
internal static class PdpAnswer
{
    /// <summary>The largest answer read: 4 MiB.</summary>
    public const int MaxResponseBodySize = 4 * 1024 * 1024;

    private const int MaxProblemBodySize = 64 * 1024;

    private static readonly string[] Decisions = ["Permit", "Deny", "NotApplicable", "Indeterminate"];

    public static async Task<PdpAttempt> ReadAsync(HttpResponseMessage response, int expectedResults, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var answered = $"The policy decision point answered {status} {response.ReasonPhrase}".TrimEnd();
        return response.StatusCode switch
        {
            >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices => await ReadDecisionsAsync(response, expectedResults, cancellationToken),
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                PdpAttempt.Retry($"{answered}.", RetryBackoff.RetryAfter(response, timeProvider)),
            HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType
                or HttpStatusCode.UnprocessableEntity =>
                PdpAttempt.Done(XacmlDecisionOutcome.BadRequest(
                    $"The policy decision point refused the request ({status}): {await ReadProblemAsync(response, cancellationToken)}")),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                PdpAttempt.Done(XacmlDecisionOutcome.NotAvailable(
                    $"{answered}; check the subscription key and the access token.{await ReadRefusalAsync(response, cancellationToken)}")),
            _ => PdpAttempt.Done(XacmlDecisionOutcome.NotAvailable($"{answered}.")),
        };
    }

    private static async Task<PdpAttempt> ReadDecisionsAsync(HttpResponseMessage response, int expectedResults, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var body = await BoundedBody.ReadAsync(stream, response.Content.Headers.ContentLength, MaxResponseBodySize, cancellationToken);
        if (body.TooLarge)
        {
            return NotAvailable($"The policy decision point answered more than {MaxResponseBodySize} bytes.");
        }

        Altinn.Authorization.ABAC.Xacml.JsonProfile.XacmlJsonResponse? decisions;
        try
        {
            decisions = body.Length == 0 ? null : JsonSerializer.Deserialize(body.Span, XacmlJsonSerialization.Response);
        }
        catch (JsonException e)
        {
            return NotAvailable($"The policy decision point answered {(int)response.StatusCode} with a body that is not a XACML JSON response: {JsonErrorDescription.Describe(e)}");
        }

        var results = decisions?.Response;
        if (results is null || results.Count != expectedResults)
        {
            return NotAvailable($"The policy decision point answered {results?.Count ?? 0} results for {expectedResults} requests.");
        }

        for (var i = 0; i < results.Count; i++)
        {
            if (results[i]?.Decision is not { } decision || !Decisions.Contains(decision, StringComparer.OrdinalIgnoreCase))
            {
                return NotAvailable($"The policy decision point answered result {i} without a XACML decision ('{UntrustedText.Quote(results[i]?.Decision)}').");
            }
        }

        return PdpAttempt.Done(XacmlDecisionOutcome.Decided(decisions!));
    }

    /// <summary>Why the PDP refused the caller: its RFC 6750 challenge and its problem's detail, each when given.</summary>
    private static async Task<string> ReadRefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var said = new System.Text.StringBuilder();
        foreach (var challenge in response.Headers.WwwAuthenticate)
        {
            said.Append(" WWW-Authenticate: ").Append(UntrustedText.Quote(challenge.ToString(), 300)).Append('.');
        }

        if (response.Content.Headers.ContentLength is not 0 && await ReadProblemAsync(response, cancellationToken) is { } problem
            && problem != response.ReasonPhrase)
        {
            said.Append(" It said: ").Append(problem);
        }

        return said.ToString();
    }

    /// <summary>The <c>detail</c> (else <c>title</c>) of a problem body, else the start of the body as text.</summary>
    private static async Task<string> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var body = await BoundedBody.ReadAsync(stream, null, MaxProblemBodySize, cancellationToken);
        if (body.TooLarge || body.Length == 0)
        {
            return response.ReasonPhrase ?? "no details";
        }

        try
        {
            using var problem = JsonDocument.Parse(body.Span.ToArray());
            if (problem.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in (string[])["detail", "title"])
                {
                    if (problem.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        return UntrustedText.Quote(value.GetString(), 500);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: quote the text.
        }

        return UntrustedText.Quote(System.Text.Encoding.UTF8.GetString(body.Span), 200);
    }

    private static PdpAttempt NotAvailable(string reason) => PdpAttempt.Done(XacmlDecisionOutcome.NotAvailable(reason));
}
