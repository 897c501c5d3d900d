namespace DialogTokens.Tests.Verification;

/// <summary>
/// What verifying costs in memory, with every check on (lifetime, iat, issuer, service resource, party, dialog, action):
/// a first verification allocates the claims once, a token from the verified-token cache nothing.
/// </summary>
public sealed class AllocationTests
{
    // The claims' own strings (jti, c, s, a; iss, p and s reuse the expected values) and the claims object.
    private const long ClaimsBudget = 1024;

    [Fact]
    public void Verify_AllocatesOnlyTheClaims_ForAValidToken_WithEveryCheckOn()
    {
        var verifier = Verifier(cache: false);
        var token = TestTokens.Valid();
        DialogAction[] write = [new("write")];
        VerifierAssert.Accepted(verifier.Verify(token, TestTokens.DialogId, write));

        var perToken = AllocatedPerCall(() => verifier.Verify(token, TestTokens.DialogId, write).IsValid);

        Assert.InRange(perToken, 1, ClaimsBudget);
    }

    [Fact]
    public void Verify_AllocatesNothing_ForACachedToken_WithEveryCheckOn()
    {
        var verifier = Verifier(cache: true);
        var token = TestTokens.Valid();
        DialogAction[] write = [new("write")];
        VerifierAssert.Accepted(verifier.Verify(token, TestTokens.DialogId, write));

        // A request carries an equal token in a new string, never the cached instance.
        var again = new string(token.AsSpan());
        var perToken = AllocatedPerCall(() => verifier.Verify(again, TestTokens.DialogId, write).IsValid);

        Assert.Equal(0, perToken);
    }

    private static DialogTokenVerifier Verifier(bool cache) => TestTokens.Verifier(configure: o =>
    {
        o.CacheVerifiedTokens = cache;
        o.ServiceResource = TestTokens.ServiceResource;
        o.Party = TestTokens.Organization;
        o.MaxTokenLifetime = TimeSpan.FromSeconds(600);
    });

    private static long AllocatedPerCall(Func<bool> verify)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var valid = true;
        for (var i = 0; i < 100; i++)
        {
            valid &= verify();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(valid);
        return allocated / 100;
    }
}
