namespace DialogTokens.Tests.Verification;

/// <summary>token_not_yet_valid and token_expired, at the edges of the clock skew (default 10 s).</summary>
public sealed class LifetimeErrorTests
{
    private const long Skew = 10;
    private static readonly long Now = TestTokens.NowSeconds;

    [Fact]
    public void Verify_Rejects_WhenNbfIsBeyondNowPlusSkew()
    {
        var token = TokenValidFrom(Now + Skew + 1);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.TokenNotYetValid, token);
    }

    [Theory]
    [InlineData(Skew)]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-100)]
    public void Verify_Accepts_WhenNbfIsWithinSkew(long nbfMinusNow) =>
        VerifierAssert.Accepted(TestTokens.Verifier().Verify(TokenValidFrom(Now + nbfMinusNow)));

    [Fact]
    public void Verify_Rejects_WhenExpPlusSkewIsNow()
    {
        var token = TokenExpiringAt(Now - Skew);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.TokenExpired, token);
    }

    [Fact]
    public void Verify_Rejects_WhenExpiredLongAgo()
    {
        var token = TokenExpiringAt(Now - 86_400);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.TokenExpired, token);
    }

    [Theory]
    [InlineData(-Skew + 1)]
    [InlineData(0)]
    [InlineData(1)]
    public void Verify_Accepts_WhenExpiredWithinSkew(long expMinusNow) =>
        VerifierAssert.Accepted(TestTokens.Verifier().Verify(TokenExpiringAt(Now + expMinusNow)));

    [Fact]
    public void Verify_UsesFractionalNow_TruncatedToWholeSeconds()
    {
        var token = TokenExpiringAt(Now - Skew + 1);
        var clock = TestTokens.Clock();

        clock.Advance(TimeSpan.FromMilliseconds(999));
        VerifierAssert.Accepted(TestTokens.Verifier(clock, configure: o => o.CacheVerifiedTokens = false).Verify(token));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        VerifierAssert.Rejected(TestTokens.Verifier(clock, configure: o => o.CacheVerifiedTokens = false).Verify(token), DialogTokenError.TokenExpired, token);
    }

    [Fact]
    public void Verify_WithZeroSkew_RejectsAtExp_AndAcceptsOneSecondBefore()
    {
        var verifier = TestTokens.Verifier(configure: o => o.ClockSkew = TimeSpan.Zero);
        var atExp = TokenExpiringAt(Now);
        var beforeExp = TokenExpiringAt(Now + 1);
        var notYet = TokenValidFrom(Now + 1);

        VerifierAssert.Rejected(verifier.Verify(atExp), DialogTokenError.TokenExpired, atExp);
        VerifierAssert.Rejected(verifier.Verify(notYet), DialogTokenError.TokenNotYetValid, notYet);
        VerifierAssert.Accepted(verifier.Verify(beforeExp));
    }

    [Fact]
    public void Verify_WithMaxSkew_AcceptsFiveMinutesLate()
    {
        var verifier = TestTokens.Verifier(configure: o => o.ClockSkew = DialogTokenValidationOptions.MaxClockSkew);

        VerifierAssert.Accepted(verifier.Verify(TokenExpiringAt(Now - 299)));
        VerifierAssert.Rejected(verifier.Verify(TokenExpiringAt(Now - 300)), DialogTokenError.TokenExpired, null);
    }

    [Fact]
    public void Verify_ChecksLifetime_BeforeIssuer()
    {
        var token = TestTokens.SignPayload(Payload.Valid(Now - 10_000).WithString("iss", "https://other.example/api/v1").ToString());

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.TokenExpired, token);
    }

    private static string TokenValidFrom(long nbf) =>
        TestTokens.SignPayload(Payload.Valid().With("nbf", nbf).With("exp", nbf + 600).ToString());

    private static string TokenExpiringAt(long exp) =>
        TestTokens.SignPayload(Payload.Valid(exp - 600).ToString());
}
