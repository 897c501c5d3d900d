namespace DialogTokens.Tests.Verification;

/// <summary>key_id_missing and key_not_found: the header's kid must name a key of the issuer's key set, exactly.</summary>
public sealed class KeyIdErrorTests
{
    private const string Kid = TestTokens.KeyId;
    private static readonly string ValidPayload = Payload.Valid().ToString();

    [Fact]
    public void Verify_Rejects_WhenKidIsMissing()
    {
        var token = TestTokens.Sign("""{"alg":"EdDSA","typ":"JWT"}""", ValidPayload);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.KeyIdMissing, token);
    }

    [Theory]
    [InlineData("unknown-kid")]
    [InlineData("TEST-260301-ABCDE")]
    [InlineData("test-260301-abcd")]
    [InlineData("test-260301-abcdef")]
    public void Verify_Rejects_WhenKidIsNotInKeySet(string kid)
    {
        using var key = DialogTokenSigningKey.Import(kid, TestTokens.Seed(1));
        var token = TestTokens.SignPayload(ValidPayload, key);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.KeyNotFound, token);
    }

    [Fact]
    public void Verify_Rejects_WhenKidHasTrailingSpace()
    {
        var token = TestTokens.Sign($$"""{"alg":"EdDSA","typ":"JWT","kid":"{{Kid}} "}""", ValidPayload);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.KeyNotFound, token);
    }

    [Fact]
    public void Verify_Rejects_WhenKeySetIsEmpty()
    {
        var token = TestTokens.Valid();

        VerifierAssert.Rejected(TestTokens.Verifier(keys: DialogTokenKeySet.Empty).Verify(token), DialogTokenError.KeyNotFound, token);
    }

    [Fact]
    public void Verify_Accepts_EscapedAlgAndKid_ThatNameAPublishedKey()
    {
        var token = TestTokens.Sign("""{"alg":"EdD\u0053A","typ":"JWT","kid":"test\u002d260301-abcde"}""", ValidPayload);

        VerifierAssert.Accepted(TestTokens.Verifier().Verify(token));
    }
}
