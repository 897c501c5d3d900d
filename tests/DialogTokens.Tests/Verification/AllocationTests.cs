namespace DialogTokens.Tests.Verification;

/// <summary>The good path allocates nothing, with every check on: lifetime, iat, issuer, service resource, party, dialog, action.</summary>
public sealed class AllocationTests
{
    [Fact]
    public void Verify_AllocatesNothing_ForAValidToken_WithEveryCheckOn()
    {
        var verifier = TestTokens.Verifier(configure: o =>
        {
            o.CacheVerifiedTokens = false;
            o.ServiceResource = TestTokens.ServiceResource;
            o.Party = TestTokens.Organization;
            o.MaxTokenLifetime = TimeSpan.FromSeconds(600);
        });
        var token = TestTokens.Valid();
        var dialogId = TestTokens.DialogId;
        var write = new DialogAction("write");
        VerifierAssert.Accepted(verifier.Verify(token, dialogId, write));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var valid = true;
        for (var i = 0; i < 100; i++)
        {
            valid &= verifier.Verify(token, dialogId, write).IsValid;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(valid);
        Assert.Equal(0, allocated);
    }
}
