using System.Buffers.Text;
using System.Text;
using DialogTokens.Portal.Client.Api;
using DialogTokens.Portal.Client.Tokens;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Portal.Tests;

/// <summary>The token panel's reading of the token, and when the token is renewed by the browser's clock.</summary>
public sealed class DialogTokenReadingTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    public DialogTokenReadingTests() => SynchronizationContext.SetSynchronizationContext(null);

    [Fact]
    public void Decode_ShowsHeaderAndClaims_AndListsTheGrantedActions()
    {
        var token = Token(IssuedAt, TimeSpan.FromMinutes(10), "delete,urn:altinn:task:Task_1;read;write");

        Assert.True(DecodedDialogToken.TryDecode(token, out var decoded));
        Assert.Contains("\"alg\": \"EdDSA\"", decoded.HeaderJson, StringComparison.Ordinal);
        Assert.Contains("\"p\": \"urn:altinn:organization:identifier-no:310100013\"", decoded.PayloadJson, StringComparison.Ordinal);
        Assert.Equal(["delete,urn:altinn:task:Task_1", "read", "write"], decoded.Actions);
        Assert.Equal(IssuedAt, decoded.IssuedAt);
        Assert.Equal(IssuedAt.AddMinutes(10), decoded.ExpiresAt);
    }

    [Fact]
    public void Decode_EmptyActions_AreNone()
    {
        Assert.True(DecodedDialogToken.TryDecode(Token(IssuedAt, TimeSpan.FromMinutes(10), ""), out var decoded));
        Assert.Empty(decoded.Actions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("!!!.e30.sig")]
    [InlineData("WzFd.e30.sig")]
    [InlineData("e30.bm90IGpzb24.sig")]
    public void Decode_RefusesWhatIsNotAToken(string token)
    {
        Assert.False(DecodedDialogToken.TryDecode(token, out _));
    }

    [Fact]
    public void Decode_RefusesAHugeToken()
    {
        Assert.False(DecodedDialogToken.TryDecode("e30." + new string('A', DecodedDialogToken.MaxLength) + ".sig", out _));
    }

    [Fact]
    public void Lifetime_IsTakenOnTheBrowsersClock_WhateverItsOffset()
    {
        DecodedDialogToken.TryDecode(Token(IssuedAt, TimeSpan.FromMinutes(10), "read"), out var decoded);
        var browserNow = IssuedAt.AddHours(1).AddSeconds(7); // a browser clock an hour and 7 s ahead

        var lifetime = TokenLifetime.Of(decoded!, browserNow)!;

        Assert.Equal(browserNow.AddMinutes(10), lifetime.LocalExpiresAt);
        Assert.Equal(browserNow.AddSeconds(570), lifetime.RenewAt);
        Assert.Equal(600, lifetime.SecondsLeft(browserNow));
        Assert.Equal(1, lifetime.SecondsLeft(browserNow.AddSeconds(599.2)));
        Assert.Equal(0, lifetime.SecondsLeft(browserNow.AddHours(1)));
    }

    [Theory]
    [InlineData(10, 8)]
    [InlineData(60, 48)]
    [InlineData(1, 1)]
    [InlineData(300, 270)]
    public void Lifetime_ShortTokens_AreRenewedAfterFourFifths_NeverSoonerThanASecond(int lifetimeSeconds, double renewAfterSeconds)
    {
        DecodedDialogToken.TryDecode(Token(IssuedAt, TimeSpan.FromSeconds(lifetimeSeconds), "read"), out var decoded);

        var lifetime = TokenLifetime.Of(decoded!, IssuedAt)!;

        Assert.Equal(IssuedAt.AddSeconds(renewAfterSeconds), lifetime.RenewAt);
    }

    [Fact]
    public async Task Session_FetchesTheDialogAgain_ThirtySecondsBeforeTheTokenExpires()
    {
        var time = new FakeTimeProvider(IssuedAt);
        var loads = 0;
        using var session = new DialogSession(_ => Task.FromResult(Loaded(Token(time.GetUtcNow(), TimeSpan.FromMinutes(10), "read"), ++loads)), time);

        await session.ReloadAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(569));
        Assert.Equal(1, loads);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, loads);
        time.Advance(TimeSpan.FromSeconds(570));
        Assert.Equal(3, loads);
        Assert.Equal(600, session.Lifetime!.SecondsLeft(time.GetUtcNow()));
    }

    [Fact]
    public async Task Session_RetriesAFailedRenewal_AfterFiveSeconds()
    {
        var time = new FakeTimeProvider(IssuedAt);
        var loads = 0;
        using var session = new DialogSession(_ => Task.FromResult(++loads == 2
            ? new ApiResult<DialogDetails>(null, 503, null)
            : Loaded(Token(time.GetUtcNow(), TimeSpan.FromMinutes(10), "read"), loads)), time);

        await session.ReloadAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(570));
        Assert.Equal(2, loads);
        Assert.NotNull(session.Dialog);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(3, loads);
    }

    [Fact]
    public async Task Session_RenewalsAtOnce_AreOneLoad()
    {
        var time = new FakeTimeProvider(IssuedAt);
        var loads = 0;
        var gate = new TaskCompletionSource();
        using var session = new DialogSession(async _ =>
        {
            loads++;
            await gate.Task;
            return Loaded(Token(time.GetUtcNow(), TimeSpan.FromMinutes(10), "read"), loads);
        }, time);

        var first = session.RenewAsync(TestContext.Current.CancellationToken);
        var second = session.RenewAsync(TestContext.Current.CancellationToken);
        gate.SetResult();

        Assert.Equal(await first, await second);
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task Session_AfterDisposal_RenewsNoMore()
    {
        var time = new FakeTimeProvider(IssuedAt);
        var loads = 0;
        var session = new DialogSession(_ => Task.FromResult(Loaded(Token(time.GetUtcNow(), TimeSpan.FromMinutes(10), "read"), ++loads)), time);
        await session.ReloadAsync(TestContext.Current.CancellationToken);

        session.Dispose();
        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, loads);
    }

    internal static string Token(DateTimeOffset issuedAt, TimeSpan lifetime, string actions)
    {
        var header = """{"alg":"EdDSA","typ":"JWT","kid":"dt-1"}""";
        var payload = $$"""{"jti":"38cfdcb9-388b-47b8-a1bf-9f15b2819894","c":"urn:altinn:person:identifier-no:12858012307","l":3,"p":"urn:altinn:organization:identifier-no:310100013","s":"urn:altinn:resource:demo-mva-melding","i":"019ab84f-5c00-7a4f-94e6-2285d8e511d5","a":"{{actions}}","iss":"http://localhost:5080/api/v1","iat":{{issuedAt.ToUnixTimeSeconds()}},"nbf":{{issuedAt.ToUnixTimeSeconds()}},"exp":{{(issuedAt + lifetime).ToUnixTimeSeconds()}}}""";
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header)) + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + ".c2lnbmF0dXJl";
    }

    private static ApiResult<DialogDetails> Loaded(string token, int load) => new(
        new DialogDetails(
            Guid.Parse("019ab84f-5c00-7a4f-94e6-2285d8e511d5"), Guid.CreateVersion7(), "ttd", "urn:altinn:resource:demo-mva-melding",
            "urn:altinn:organization:identifier-no:310100013", "InProgress", IssuedAt, IssuedAt.AddSeconds(load),
            new DialogContent(new ContentValue([new Localization("Mva", "nb")], "text/plain"), null, null), token, []),
        200,
        null);
}
