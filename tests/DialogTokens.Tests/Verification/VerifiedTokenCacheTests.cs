namespace DialogTokens.Tests.Verification;

/// <summary>
/// The verified-token cache saves the signature check on a repeated token; it must not save any other check: time,
/// dialog, actions and the key's presence in the current key set are checked on every call.
/// </summary>
public sealed class VerifiedTokenCacheTests
{
    [Fact]
    public void Verify_ServesTheSecondCallFromTheCache()
    {
        var verifier = TestTokens.Verifier();
        var token = TestTokens.Valid();

        var first = verifier.Verify(token, TestTokens.DialogId, new DialogAction("read"));
        Assert.Equal(1, verifier.CachedTokenCount);
        var second = verifier.Verify(token, TestTokens.DialogId, new DialogAction("read"));

        VerifierAssert.Accepted(first);
        VerifierAssert.Accepted(second);
        Assert.Equal(1, verifier.CachedTokenCount);
        Assert.Equal(first.Token.ExpiresAt, second.Token.ExpiresAt);
        Assert.Equal(first.Token.KeyId, second.Token.KeyId);
        Assert.Equal(first.Token.Claims.Actions, second.Token.Claims.Actions);
        Assert.Same(second.Token.Claims, verifier.Verify(token).Token.Claims);
    }

    [Fact]
    public void Verify_DoesNotCache_WhenDisabled()
    {
        var verifier = TestTokens.Verifier(configure: o => o.CacheVerifiedTokens = false);

        VerifierAssert.Accepted(verifier.Verify(TestTokens.Valid()));
        VerifierAssert.Accepted(verifier.Verify(TestTokens.Valid()));

        Assert.Equal(0, verifier.CachedTokenCount);
    }

    [Theory]
    [InlineData(DialogTokenError.SignatureInvalid)]
    [InlineData(DialogTokenError.TokenExpired)]
    [InlineData(DialogTokenError.IssuerInvalid)]
    [InlineData(DialogTokenError.ClaimInvalid)]
    public void Verify_DoesNotCache_RejectedTokens(DialogTokenError error)
    {
        var verifier = TestTokens.Verifier();
        var token = error switch
        {
            DialogTokenError.SignatureInvalid => TestTokens.SignPayload(Payload.Valid().ToString(), TestTokens.ImpostorKey),
            DialogTokenError.TokenExpired => TestTokens.SignPayload(Payload.Valid(TestTokens.NowSeconds - 1000).ToString()),
            DialogTokenError.IssuerInvalid => TestTokens.SignPayload(Payload.Valid().WithString("iss", "https://evil.example/api/v1").ToString()),
            _ => TestTokens.SignPayload(Payload.Valid().With("l", 9).ToString()),
        };

        Assert.Equal(error, verifier.Verify(token).Error);
        Assert.Equal(error, verifier.Verify(token).Error);
        Assert.Equal(0, verifier.CachedTokenCount);
    }

    [Fact]
    public void Verify_FromCache_StillEnforcesExpiry()
    {
        var clock = TestTokens.Clock();
        var verifier = TestTokens.Verifier(clock);
        var token = TestTokens.Valid();
        VerifierAssert.Accepted(verifier.Verify(token));

        clock.Advance(TimeSpan.FromSeconds(600 + 10 - 1));
        VerifierAssert.Accepted(verifier.Verify(token));
        clock.Advance(TimeSpan.FromSeconds(1));
        var expired = verifier.Verify(token);

        VerifierAssert.Rejected(expired, DialogTokenError.TokenExpired, token);
    }

    [Fact]
    public void Verify_FromCache_StillEnforcesNotBefore()
    {
        var clock = TestTokens.Clock();
        var verifier = TestTokens.Verifier(clock);
        var token = TestTokens.Valid();
        VerifierAssert.Accepted(verifier.Verify(token));

        clock.AdjustTime(TestTokens.Now.AddSeconds(-11));

        VerifierAssert.Rejected(verifier.Verify(token), DialogTokenError.TokenNotYetValid, token);
    }

    [Fact]
    public void Verify_FromCache_StillEnforcesDialogAndActions()
    {
        var verifier = TestTokens.Verifier();
        var token = TestTokens.Valid();
        VerifierAssert.Accepted(verifier.Verify(token, TestTokens.DialogId, new DialogAction("write")));

        VerifierAssert.Rejected(verifier.Verify(token, Guid.NewGuid()), DialogTokenError.DialogMismatch, token);
        VerifierAssert.Rejected(verifier.Verify(token, TestTokens.DialogId, new DialogAction("delete")), DialogTokenError.ActionNotGranted, token);
        VerifierAssert.Rejected(verifier.Verify(token, TestTokens.DialogId, new DialogAction("write", "foo")), DialogTokenError.ActionNotGranted, token);
        Assert.Equal(1, verifier.CachedTokenCount);
    }

    [Fact]
    public void Verify_FromCache_RejectsTokenWhoseKeyWasWithdrawn()
    {
        var source = new SwappableKeySource(TestTokens.KeySet);
        var verifier = TestTokens.Verifier(keys: source);
        var token = TestTokens.Valid();
        VerifierAssert.Accepted(verifier.Verify(token));

        source.Current = new DialogTokenKeySet([TestTokens.SecondKey.PublicKey]);
        var withdrawn = verifier.Verify(token);

        VerifierAssert.Rejected(withdrawn, DialogTokenError.KeyNotFound, token);
        Assert.Equal(0, verifier.CachedTokenCount);
    }

    [Fact]
    public void Verify_FromCache_RejectsTokenWhoseKidNowNamesAnotherKey()
    {
        var source = new SwappableKeySource(TestTokens.KeySet);
        var verifier = TestTokens.Verifier(keys: source);
        var token = TestTokens.Valid();
        VerifierAssert.Accepted(verifier.Verify(token));

        source.Current = new DialogTokenKeySet([TestTokens.ImpostorKey.PublicKey]);

        VerifierAssert.Rejected(verifier.Verify(token), DialogTokenError.SignatureInvalid, token);
    }

    [Fact]
    public void Verify_FromCache_AcceptsAgain_WhenTheKeyIsStillInANewKeySet()
    {
        var source = new SwappableKeySource(new DialogTokenKeySet([TestTokens.Key.PublicKey]));
        var verifier = TestTokens.Verifier(keys: source);
        var token = TestTokens.Valid();
        VerifierAssert.Accepted(verifier.Verify(token));

        // Key discovery builds new key objects on each refresh: equal keys, not the same instances.
        source.Current = new DialogTokenKeySet([TestTokens.SecondKey.PublicKey, DialogTokenPublicKey.Create(TestTokens.KeyId, TestTokens.Key.PublicKey.RawKey)]);

        VerifierAssert.Accepted(verifier.Verify(token));
        Assert.Equal(1, verifier.CachedTokenCount);
    }

    [Fact]
    public void Verify_FromCache_SaysKeysUnavailable_WhenTheKeySetIsGone()
    {
        var source = new SwappableKeySource(TestTokens.KeySet);
        var verifier = TestTokens.Verifier(keys: source);
        var token = TestTokens.Valid();
        VerifierAssert.Accepted(verifier.Verify(token));

        source.Current = null;

        VerifierAssert.Rejected(verifier.Verify(token), DialogTokenError.KeysUnavailable, token);
    }

    [Fact]
    public void Cache_HoldsAtMostItsCapacity_AndStillVerifiesTheRest()
    {
        var verifier = TestTokens.Verifier(configure: o => o.VerifiedTokenCacheSize = 2);
        var tokens = Enumerable.Range(0, 5).Select(i => TestTokens.SignPayload(Payload.Valid().WithString("jti", $"00000000-0000-4000-8000-00000000000{i}").ToString())).ToList();

        foreach (var token in tokens)
        {
            VerifierAssert.Accepted(verifier.Verify(token));
            Assert.True(verifier.CachedTokenCount <= 2);
        }

        Assert.All(tokens, t => VerifierAssert.Accepted(verifier.Verify(t)));
        Assert.Equal(2, verifier.CachedTokenCount);
    }

    [Fact]
    public void Cache_MakesRoom_WhenItsTokensHaveExpired()
    {
        var clock = TestTokens.Clock();
        var verifier = TestTokens.Verifier(clock, configure: o => o.VerifiedTokenCacheSize = 2);
        VerifierAssert.Accepted(verifier.Verify(TokenIssuedAt(TestTokens.NowSeconds, 1)));
        VerifierAssert.Accepted(verifier.Verify(TokenIssuedAt(TestTokens.NowSeconds, 2)));
        Assert.Equal(2, verifier.CachedTokenCount);

        clock.Advance(TimeSpan.FromSeconds(700));
        VerifierAssert.Accepted(verifier.Verify(TokenIssuedAt(TestTokens.NowSeconds + 700, 3)));

        Assert.Equal(1, verifier.CachedTokenCount);
    }

    private static string TokenIssuedAt(long now, int n) =>
        TestTokens.SignPayload(Payload.Valid(now).WithString("jti", $"00000000-0000-4000-8000-00000000000{n}").ToString());
}
