namespace DialogTokens.Tests.Verification;

/// <summary>token_missing, token_too_large, token_malformed and keys_unavailable: what is decided before any decoding.</summary>
public sealed class StructureErrorTests
{
    private static readonly string Token = TestTokens.Valid();
    private static readonly string[] Part = TestTokens.Parts(Token);

    public static readonly TheoryData<string, string> MalformedTokens = new()
    {
        { "no dots", Part[0] + Part[1] + Part[2] },
        { "one dot", Part[0] + "." + Part[1] + Part[2] },
        { "one dot, header and payload only", Part[0] + "." + Part[1] },
        { "four parts", Token + "." + Part[2] },
        { "four parts, trailing dot", Token + "." },
        { "empty header", "." + Part[1] + "." + Part[2] },
        { "empty payload", Part[0] + ".." + Part[2] },
        { "empty header and payload", ".." + Part[2] },
        { "only dots", "...................." },
    };

    [Fact]
    public void Verify_Accepts_TheValidTokenTheseTestsStartFrom() =>
        VerifierAssert.Accepted(TestTokens.Verifier().Verify(Token, TestTokens.DialogId, new DialogAction("read")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_Rejects_WhenTokenIsMissing(string? token) =>
        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.TokenMissing, token);

    [Fact]
    public void Verify_Rejects_WhenTokenIsOneCharacterOverMaxLength()
    {
        var verifier = TestTokens.Verifier();
        var token = new string('A', new DialogTokenValidationOptions().MaxTokenLength + 1);

        VerifierAssert.Rejected(verifier.Verify(token), DialogTokenError.TokenTooLarge, token);
    }

    [Fact]
    public void Verify_ChecksMaxLength_BeforeParsing()
    {
        // A valid token over the limit is too large, not valid; garbage at the limit is parsed (and malformed).
        var verifier = TestTokens.Verifier(configure: o => o.MaxTokenLength = 256);
        Assert.True(Token.Length > 257);
        var atLimit = new string('A', 256);
        var overLimit = new string('.', 257);

        VerifierAssert.Rejected(verifier.Verify(Token), DialogTokenError.TokenTooLarge, Token);
        VerifierAssert.Rejected(verifier.Verify(overLimit), DialogTokenError.TokenTooLarge, overLimit);
        VerifierAssert.Rejected(verifier.Verify(atLimit), DialogTokenError.TokenMalformed, atLimit);
    }

    [Fact]
    public void Verify_Accepts_TokenOfExactlyMaxLength()
    {
        var verifier = TestTokens.Verifier(configure: o => o.MaxTokenLength = Token.Length);

        VerifierAssert.Accepted(verifier.Verify(Token));
    }

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public void Verify_Rejects_WhenTokenIsNotThreeParts(string shape, string token)
    {
        _ = shape;
        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.TokenMalformed, token);
    }

    [Fact]
    public void Verify_Rejects_WhenKeySourceHasNoKeySet()
    {
        var verifier = TestTokens.Verifier(keys: new SwappableKeySource(null));

        VerifierAssert.Rejected(verifier.Verify(Token), DialogTokenError.KeysUnavailable, Token);
    }
}
