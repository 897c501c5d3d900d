namespace DialogTokens.Tests.Verification;

/// <summary>
/// token_issued_in_future and token_lifetime_too_long: a validly signed token must not say for itself how long it
/// lives. <c>exp - iat</c> is at most <see cref="DialogTokenValidationOptions.MaxTokenLifetime"/> (default 1 h), and
/// <c>iat</c> is not later than now plus the clock skew (default 10 s); on the first verification and from the cache.
/// </summary>
public sealed class TokenAgeErrorTests
{
    private const long Skew = 10;
    private const long Hour = 3600;
    private static readonly long Now = TestTokens.NowSeconds;

    [Fact]
    public void Verify_Rejects_ATenYearToken_ThatIsValidlySigned()
    {
        var token = Token(iat: Now, nbf: Now, exp: Now + (10L * 365 * 86_400));

        var result = TestTokens.Verifier().Verify(token, TestTokens.DialogId, new DialogAction("read"));

        VerifierAssert.Rejected(result, DialogTokenError.TokenLifetimeTooLong, token);
        Assert.Contains("at most 3600 s", result.ErrorDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_Accepts_ALifetimeOfExactlyTheMaximum_AndRejectsOneSecondMore()
    {
        var verifier = TestTokens.Verifier();
        var longest = Token(iat: Now, nbf: Now, exp: Now + Hour);
        var tooLong = Token(iat: Now, nbf: Now, exp: Now + Hour + 1);

        VerifierAssert.Accepted(verifier.Verify(longest));
        VerifierAssert.Rejected(verifier.Verify(tooLong), DialogTokenError.TokenLifetimeTooLong, tooLong);
    }

    [Fact]
    public void Verify_UsesTheConfiguredMaxTokenLifetime()
    {
        var verifier = TestTokens.Verifier(configure: o => o.MaxTokenLifetime = TimeSpan.FromSeconds(600));
        var dialogporten = Token(iat: Now, nbf: Now, exp: Now + 600);
        var longer = Token(iat: Now, nbf: Now, exp: Now + 601);

        VerifierAssert.Accepted(verifier.Verify(dialogporten));
        VerifierAssert.Rejected(verifier.Verify(longer), DialogTokenError.TokenLifetimeTooLong, longer);
    }

    [Fact]
    public void Verify_MeasuresTheLifetimeFromIat_NotFromNbf()
    {
        // nbf later than iat does not shorten what the issuer granted: exp - iat is what the signer chose.
        var token = Token(iat: Now - Hour, nbf: Now, exp: Now + 600);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.TokenLifetimeTooLong, token);
    }

    [Fact]
    public void Verify_Rejects_IatBeyondNowPlusSkew_EvenWhenNbfHasPassed()
    {
        var token = Token(iat: Now + Hour, nbf: Now - 60, exp: Now + Hour + 600);

        var result = TestTokens.Verifier().Verify(token);

        VerifierAssert.Rejected(result, DialogTokenError.TokenIssuedInFuture, token);
    }

    [Theory]
    [InlineData(Skew + 1, false)]
    [InlineData(Skew, true)]
    [InlineData(0, true)]
    [InlineData(-100, true)]
    public void Verify_JudgesIat_AtTheEdgeOfTheSkew(long iatMinusNow, bool accepted)
    {
        var token = Token(iat: Now + iatMinusNow, nbf: Now - 200, exp: Now + iatMinusNow + 600);

        var result = TestTokens.Verifier().Verify(token);

        if (accepted)
        {
            VerifierAssert.Accepted(result);
        }
        else
        {
            VerifierAssert.Rejected(result, DialogTokenError.TokenIssuedInFuture, token);
        }
    }

    [Fact]
    public void Verify_ChecksNbfAndExp_BeforeIatAndLifetime()
    {
        var notYet = Token(iat: Now + Hour, nbf: Now + Hour, exp: Now + (100 * Hour));
        var expired = Token(iat: Now - (200 * Hour), nbf: Now - (200 * Hour), exp: Now - Hour);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(notYet), DialogTokenError.TokenNotYetValid, notYet);
        VerifierAssert.Rejected(TestTokens.Verifier().Verify(expired), DialogTokenError.TokenExpired, expired);
    }

    [Fact]
    public void Verify_ChecksTheLifetime_BeforeTheIssuer()
    {
        var token = TestTokens.SignPayload(Payload.Valid().With("exp", Now + (2 * Hour)).WithString("iss", "https://other.example/api/v1").ToString());

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.TokenLifetimeTooLong, token);
    }

    [Fact]
    public void Verify_NeverCaches_ALongLivedToken_AndRefusesItEveryTime()
    {
        var verifier = TestTokens.Verifier();
        var token = Token(iat: Now, nbf: Now, exp: Now + (10L * 365 * 86_400));

        VerifierAssert.Rejected(verifier.Verify(token), DialogTokenError.TokenLifetimeTooLong, token);
        VerifierAssert.Rejected(verifier.Verify(token), DialogTokenError.TokenLifetimeTooLong, token);
        Assert.Equal(0, verifier.CachedTokenCount);
    }

    [Fact]
    public void Verify_FromCache_StillRejectsAnIatThatIsNowInTheFuture()
    {
        // The system clock can be set back (NTP, a VM restored): the cache must judge iat against the clock of now.
        var clock = TestTokens.Clock();
        var verifier = TestTokens.Verifier(clock);
        var token = Token(iat: Now, nbf: Now - (2 * Hour), exp: Now + 600);
        VerifierAssert.Accepted(verifier.Verify(token));
        Assert.Equal(1, verifier.CachedTokenCount);

        clock.AdjustTime(TestTokens.Now.AddHours(-1));

        VerifierAssert.Rejected(verifier.Verify(token), DialogTokenError.TokenIssuedInFuture, token);
        Assert.Equal(1, verifier.CachedTokenCount);
    }

    private static string Token(long iat, long nbf, long exp) =>
        TestTokens.SignPayload(Payload.Valid().With("iat", iat).With("nbf", nbf).With("exp", exp).ToString());
}
