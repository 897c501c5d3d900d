using System.Net;
using DialogTokens.Portal.Client.Embeds;
using DialogTokens.Portal.Client.ServiceProvider;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Portal.Tests;

/// <summary>
/// The embed fetch policy: bearer dialog token and no cookies, 204 empty, 10 s timeout, 100 KB cap, two retries one
/// second apart except on 401/403/404, one token renewal on 401 token_expired. Time is a fake clock: no sleeps.
/// </summary>
public sealed class EmbedFetcherTests
{
    private static readonly Uri Url = new("https://sp.example/dialogs/019ab84f-5c00-7a4f-94e6-2285d8e511d5/fce");

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));

    public EmbedFetcherTests()
    {
        // Continuations run inline when the fake clock fires, so each Advance finishes what it starts.
        SynchronizationContext.SetSynchronizationContext(null);
    }

    [Fact]
    public async Task Fetch_SendsTheDialogToken_NoCookies_AndStreams()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Status(HttpStatusCode.OK, "# Hei"));

        var result = await FetchAsync(sp);

        Assert.Equal(EmbedState.Loaded, result.State);
        var request = Assert.Single(sp.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("first", request.Bearer);
        Assert.False(request.HasBody);
        Assert.StartsWith("text/markdown", request.Accept, StringComparison.Ordinal);
        Assert.Equal("nb, nn; q=0.9, en; q=0.8", request.AcceptLanguage);
        Assert.True(request.Options.TryGetValue(new HttpRequestOptionsKey<IDictionary<string, object>>("WebAssemblyFetchOptions"), out var fetch));
        Assert.Equal("omit", fetch["credentials"]);
        Assert.True(request.Options.TryGetValue(new HttpRequestOptionsKey<bool>("WebAssemblyEnableStreamingResponse"), out var streaming) && streaming);
    }

    [Fact]
    public async Task Markdown_IsRenderedSafe()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Status(HttpStatusCode.OK, "**Hei** <script>alert(1)</script>"));

        var result = await FetchAsync(sp);

        Assert.Equal(EmbedState.Loaded, result.State);
        Assert.Equal("<p><strong>Hei</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>\n", result.Html);
    }

    [Fact]
    public async Task NoContent_IsEmpty_AndNotRetried()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Status(HttpStatusCode.NoContent));

        var result = await FetchAsync(sp);

        Assert.Equal(EmbedState.Empty, result.State);
        Assert.Null(result.Html);
        Assert.Single(sp.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task Refusals_AreNotRetried(HttpStatusCode status)
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Problem(status, "unauthenticated", code: "signature_invalid"));

        var result = await FetchAsync(sp);

        Assert.Equal(EmbedState.Error, result.State);
        Assert.Equal((int)status, result.Answer!.Status);
        Assert.Single(sp.Requests);
    }

    [Fact]
    public async Task ServerError_IsRetriedTwice_OneSecondApart_ThenAnError()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Problem(HttpStatusCode.InternalServerError, "internal-error"));

        var fetch = FetchAsync(sp);
        Assert.Single(sp.Requests);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Single(sp.Requests);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, sp.Requests.Count);
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await fetch;

        Assert.Equal(EmbedState.Error, result.State);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(500, result.Answer!.Status);
        Assert.Equal([0, 1, 2], sp.Requests.Select(r => (r.At - sp.Requests[0].At).TotalSeconds));
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(3, sp.Requests.Count);
    }

    [Fact]
    public async Task ServerError_ThenSuccess_IsLoaded()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Status(HttpStatusCode.ServiceUnavailable), FakeServiceProvider.Status(HttpStatusCode.OK, "ok"));

        var fetch = FetchAsync(sp);
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await fetch;

        Assert.Equal(EmbedState.Loaded, result.State);
        Assert.Equal(2, result.Attempts);
    }

    [Fact]
    public async Task NetworkFailure_IsRetriedTwice_ThenAnError()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Refuse());

        var fetch = FetchAsync(sp);
        time.Advance(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await fetch;

        Assert.Equal(EmbedState.Error, result.State);
        Assert.Equal(ServiceProviderFailure.Network, result.Answer!.Failure);
        Assert.Equal(3, sp.Requests.Count);
    }

    [Fact]
    public async Task NoAnswerWithinTenSeconds_IsATimeout_NotRetried()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Hang());

        var fetch = FetchAsync(sp);
        time.Advance(TimeSpan.FromMilliseconds(9999));
        Assert.False(fetch.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await fetch.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(EmbedState.Error, result.State);
        Assert.Equal(ServiceProviderFailure.Timeout, result.Answer!.Failure);
        Assert.Single(sp.Requests);
    }

    [Fact]
    public async Task HugeBody_WithItsLength_IsRefusedUnread()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Status(HttpStatusCode.OK, new string('x', ServiceProviderRequest.DefaultMaxBodyBytes + 1)));

        var result = await FetchAsync(sp);

        Assert.Equal(EmbedState.Error, result.State);
        Assert.Equal(ServiceProviderFailure.TooLarge, result.Answer!.Failure);
        Assert.Single(sp.Requests);
    }

    [Fact]
    public async Task HugeBody_WithoutLength_IsCutAtTheCap()
    {
        var endless = new CountingStream();
        var sp = new FakeServiceProvider(time, (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(endless) }));

        var result = await FetchAsync(sp);

        Assert.Equal(ServiceProviderFailure.TooLarge, result.Answer!.Failure);
        Assert.InRange(endless.BytesRead, ServiceProviderRequest.DefaultMaxBodyBytes + 1, ServiceProviderRequest.DefaultMaxBodyBytes + 1 + (64 * 1024));
    }

    [Fact]
    public async Task BodyOfExactlyTheCap_IsLoaded()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Status(HttpStatusCode.OK, new string('x', ServiceProviderRequest.DefaultMaxBodyBytes)));

        var result = await FetchAsync(sp);

        Assert.Equal(EmbedState.Loaded, result.State);
    }

    [Fact]
    public async Task ExpiredToken_IsRenewedOnce_AndTheFetchRepeatedWithIt()
    {
        var sp = new FakeServiceProvider(time,
            FakeServiceProvider.Problem(HttpStatusCode.Unauthorized, "unauthenticated", code: "token_expired"),
            FakeServiceProvider.Status(HttpStatusCode.OK, "ok"));
        var tokens = new CountingTokens();

        var result = await FetchAsync(sp, tokens);

        Assert.Equal(EmbedState.Loaded, result.State);
        Assert.True(result.Answer!.TokenRenewed);
        Assert.Equal(1, tokens.Renewals);
        Assert.Equal(["first", "fresh-1"], sp.Requests.Select(r => r.Bearer));
    }

    [Fact]
    public async Task ExpiredToken_ByItsChallengeOnly_IsRenewedToo()
    {
        var sp = new FakeServiceProvider(time,
            FakeServiceProvider.Problem(HttpStatusCode.Unauthorized, "unauthenticated", challenge: "Bearer error=\"invalid_token\", error_description=\"token_expired: The token expired.\""),
            FakeServiceProvider.Status(HttpStatusCode.OK, "ok"));
        var tokens = new CountingTokens();

        var result = await FetchAsync(sp, tokens);

        Assert.Equal(EmbedState.Loaded, result.State);
        Assert.Equal(1, tokens.Renewals);
    }

    [Fact]
    public async Task ExpiredToken_AgainAfterRenewal_IsAnError_WithoutASecondRenewal()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Problem(HttpStatusCode.Unauthorized, "unauthenticated", code: "token_expired"));
        var tokens = new CountingTokens();

        var result = await FetchAsync(sp, tokens);

        Assert.Equal(EmbedState.Error, result.State);
        Assert.Equal(1, tokens.Renewals);
        Assert.Equal(2, sp.Requests.Count);
    }

    [Fact]
    public async Task OtherUnauthenticated_IsNotARenewal()
    {
        var sp = new FakeServiceProvider(time, FakeServiceProvider.Problem(HttpStatusCode.Unauthorized, "unauthenticated", code: "signature_invalid"));
        var tokens = new CountingTokens();

        await FetchAsync(sp, tokens);

        Assert.Equal(0, tokens.Renewals);
    }

    private Task<EmbedResult> FetchAsync(FakeServiceProvider sp, CountingTokens? tokens = null)
    {
        var fetcher = new EmbedFetcher(new ServiceProviderClient(new HttpClient(sp), time), new EmbedRenderer(new EmbedSanitizer()), time);
        return fetcher.FetchAsync(Url, EmbedKind.Markdown, tokens ?? new CountingTokens(), "nb, nn;q=0.9, en;q=0.8", TestContext.Current.CancellationToken);
    }

    /// <summary>An endless body without a length, counting what was read from it.</summary>
    private sealed class CountingStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'x', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
