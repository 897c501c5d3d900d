using System.Net.Http.Headers;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>Every bad input on the wire gets 4xx problem details with its type and a detail that says what was wrong; the PDP is never asked.</summary>
public sealed class EndpointBadInputTests
{
    public static TheoryData<string, string?, string, string> BadBodies => new()
    {
        // body, content type, expected problem type, expected text in detail
        { "{\"Request\":", "application/json", XacmlProblemTypes.RequestMalformed, "Expected" },
        { "{\"Request\": {\"Action\": [}}", "application/json", XacmlProblemTypes.RequestMalformed, "at $.Request.Action" },
        { "not json", "application/json", XacmlProblemTypes.RequestMalformed, "'not json' is an invalid JSON literal. Expected the literal 'null' (at $, line 1, byte 2)." },
        { "", "application/json", XacmlProblemTypes.RequestMalformed, "The body is empty" },
        { "{\"Request\": {\"Action\": {}}}", "application/json", XacmlProblemTypes.RequestMalformed, "a value has the wrong JSON type (at $.Request.Action" },
        { "{\"Request\": {}, \"request\": {}}", "application/json", XacmlProblemTypes.RequestMalformed, "a property appears twice" },
        { "{}", "application/json", XacmlProblemTypes.RequestInvalid, "The body has no 'Request' object." },
        { "null", "application/json", XacmlProblemTypes.RequestInvalid, "The body has no 'Request' object." },
        { "{\"Request\": null}", "application/json", XacmlProblemTypes.RequestInvalid, "The body has no 'Request' object." },
        { Requests.Minimal.Replace("[\"s1\",\"a1\",\"r1\"]", "[\"s1\",\"a1\",\"r9\"]", StringComparison.Ordinal), "application/json", XacmlProblemTypes.RequestInvalid,
            "Request.MultiRequests.RequestReference[0].ReferenceId[2] is 'r9', which names no category of the request." },
        { Requests.Minimal.Replace("[\"s1\",\"a1\",\"r1\"]", "[]", StringComparison.Ordinal), "application/json", XacmlProblemTypes.RequestInvalid,
            "Request.MultiRequests.RequestReference[0] has no ReferenceId." },
        { Requests.Minimal.Replace("\"Id\":\"r1\"", "\"Id\":\"a1\"", StringComparison.Ordinal), "application/json", XacmlProblemTypes.RequestInvalid,
            "The category id 'a1' is used twice" },
        { Requests.Minimal, "text/plain", XacmlProblemTypes.ContentTypeUnsupported, "The content type is 'text/plain'; send application/json (or application/xml)." },
        { Requests.Minimal, "application/x-www-form-urlencoded", XacmlProblemTypes.ContentTypeUnsupported, "'application/x-www-form-urlencoded'" },
        { Requests.Minimal, null, XacmlProblemTypes.ContentTypeUnsupported, "The request has no Content-Type" },
        { Requests.Minimal, "application/json; charset=iso-8859-1", XacmlProblemTypes.ContentTypeUnsupported, "The charset is 'iso-8859-1'" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Authorize_Answers4xxProblem_ForBadInput(string body, string? contentType, string type, string detail)
    {
        var pdp = DialogSample.Pdp();
        await using var host = await LoopbackHost.StartPdpAsync(pdp);

        var answer = await Wire.PostAsync(host.BaseAddress, body, contentType);

        AssertProblem(answer, type, detail);
        Assert.Empty(pdp.Requests);
    }

    [Fact]
    public async Task Authorize_Answers413TooLarge_WhenContentLengthExceedsTheCap()
    {
        var pdp = DialogSample.Pdp();
        await using var host = await LoopbackHost.StartPdpAsync(pdp);
        var body = TooLargeBody();

        var answer = await Wire.PostAsync(host.BaseAddress, body);

        AssertProblem(answer, XacmlProblemTypes.RequestTooLarge, $"The body is larger than {PolicyDecisionPointEndpoints.MaxRequestBodySize} bytes.");
        Assert.Empty(pdp.Requests);
    }

    [Fact]
    public async Task Authorize_Answers413TooLarge_WhenAChunkedBodyExceedsTheCap()
    {
        var pdp = DialogSample.Pdp();
        await using var host = await LoopbackHost.StartPdpAsync(pdp);
        using var content = new ChunkedContent(System.Text.Encoding.UTF8.GetBytes(TooLargeBody()));

        var answer = await Wire.PostAsync(host.BaseAddress, content);

        AssertProblem(answer, XacmlProblemTypes.RequestTooLarge, $"The body is larger than {PolicyDecisionPointEndpoints.MaxRequestBodySize} bytes.");
        Assert.Empty(pdp.Requests);
    }

    [Fact]
    public async Task Authorize_Accepts_ABodyJustUnderTheCap()
    {
        await using var host = await LoopbackHost.StartPdpAsync(DialogSample.Pdp());
        var padding = PolicyDecisionPointEndpoints.MaxRequestBodySize - Requests.Minimal.Length - 1;
        var body = Requests.Minimal + new string(' ', padding);

        var answer = await Wire.PostAsync(host.BaseAddress, body);

        Assert.Equal(200, answer.Status);
    }

    private static string TooLargeBody() =>
        Requests.Minimal + new string(' ', PolicyDecisionPointEndpoints.MaxRequestBodySize);

    private static void AssertProblem(WireAnswer answer, string type, string detail)
    {
        // RFC 9110: 415 for a content type the endpoint does not take, 413 for a body over the cap, else 400.
        var status = type == XacmlProblemTypes.ContentTypeUnsupported ? 415 : type == XacmlProblemTypes.RequestTooLarge ? 413 : 400;
        Assert.Equal(status, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal(type, answer.Problem("type"));
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Problem("status"));
        Assert.False(string.IsNullOrEmpty(answer.Problem("title")));
        Assert.Contains(detail, answer.Problem("detail"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(answer.Problem("traceId")));
        Assert.DoesNotContain("   at ", answer.Body, StringComparison.Ordinal);
    }

    /// <summary>JSON of no declared length, so HttpClient sends it with chunked transfer encoding.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] bytes;

        public ChunkedContent(byte[] bytes)
        {
            this.bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
