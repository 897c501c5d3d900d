namespace DialogTokens.Tests.Verification;

/// <summary>claim_missing and claim_invalid, on validly signed tokens with crafted payloads; and the claim variants an issuer may write.</summary>
public sealed class ClaimErrorTests
{
    public static readonly TheoryData<string> RequiredClaims = new() { "jti", "c", "l", "p", "s", "i", "a", "iss", "iat", "nbf", "exp" };

    public static readonly TheoryData<string, string> InvalidClaims = new()
    {
        { "l", "\"3\"" },
        { "l", "5" },
        { "l", "-1" },
        { "l", "3.0" },
        { "l", "null" },
        { "l", "true" },
        { "i", "\"not-a-uuid\"" },
        { "i", "42" },
        { "i", "\"{019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b}\"" },
        { "i", "\"019a2b3c4d5e7f608a9b0c1d2e3f4a5b\"" },
        { "i", "\"019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b \"" },
        { "i", "\"\"" },
        { "i", "[\"019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b\"]" },
        { "exp", "\"1772367000\"" },
        { "exp", "1.5" },
        { "exp", "1772367000.0" },
        { "exp", "1.7723676e9" },
        { "exp", "-1" },
        { "exp", "253402300800" },
        { "exp", "99999999999999999999" },
        { "exp", "null" },
        { "nbf", "\"now\"" },
        { "nbf", "-1" },
        { "iat", "1.5" },
        { "iat", "\"1772366400\"" },
        { "a", "\"read;;write\"" },
        { "a", "\"read;\"" },
        { "a", "\";read\"" },
        { "a", "\",x\"" },
        { "a", "\"read,\"" },
        { "a", "\";\"" },
        { "a", "42" },
        { "a", "null" },
        { "a", "[\"read\"]" },
        { "c", "\"\"" },
        { "c", "42" },
        { "c", "null" },
        { "p", "\"\"" },
        { "s", "{}" },
        { "iss", "\"\"" },
        { "iss", "1" },
        { "jti", "\"\"" },
        { "jti", "7" },
        { "y", "42" },
        { "o", "\"\"" },
        { "u", "false" },
        { "c", "\"\\ud800\"" },
    };

    [Theory]
    [MemberData(nameof(RequiredClaims))]
    public void Verify_Rejects_WhenRequiredClaimIsMissing(string claim)
    {
        var token = TestTokens.SignPayload(Payload.Valid().Without(claim).ToString());

        var result = TestTokens.Verifier().Verify(token);

        VerifierAssert.Rejected(result, DialogTokenError.ClaimMissing, token);
        Assert.Contains($"'{claim}'", result.ErrorDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_Rejects_EmptyObject_AsClaimMissing()
    {
        var token = TestTokens.SignPayload("{}");

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.ClaimMissing, token);
    }

    [Theory]
    [MemberData(nameof(InvalidClaims))]
    public void Verify_Rejects_WhenClaimHasWrongTypeOrValue(string claim, string json)
    {
        var token = TestTokens.SignPayload(Payload.Valid().With(claim, json).ToString());

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.ClaimInvalid, token);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void Verify_Rejects_WhenExpIsNotAfterNbf(int expMinusNbf)
    {
        var token = TestTokens.SignPayload(Payload.Valid().With("exp", TestTokens.NowSeconds + expMinusNbf).ToString());

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.ClaimInvalid, token);
    }

    [Theory]
    [InlineData("l", "0")]
    [InlineData("l", "4")]
    [InlineData("i", "\"019A2B3C-4D5E-7F60-8A9B-0C1D2E3F4A5B\"")]
    [InlineData("a", "\"\"")]
    [InlineData("a", "\"delete,urn:altinn:task:Task_1;read;transmissionread,urn:altinn:subresource:sub1;write\"")]
    [InlineData("c", "\"urn:altinn:person:idporten-email:\\u00e6rlig\\u002Bx@example.no\"")]
    [InlineData("x-future", "[\"e1\",{\"n\":1}]")]
    [InlineData("e", "[\"019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b\"]")]
    public void Verify_Accepts_ClaimVariantsAnIssuerMayWrite(string claim, string json)
    {
        var token = TestTokens.SignPayload(Payload.Valid().With(claim, json).ToString());

        VerifierAssert.Accepted(TestTokens.Verifier().Verify(token));
    }

    [Fact]
    public void Verify_ReadsEscapedStringClaims_Unescaped()
    {
        var token = TestTokens.SignPayload(Payload.Valid()
            .With("c", "\"urn:altinn:person:idporten-email:\\u00e6rlig\\u002Bx@example.no\"")
            .With("a", "\"read;write,urn:altinn:subresource:\\u0066oo\"")
            .ToString());

        var verifier = TestTokens.Verifier();
        var result = verifier.Verify(token, TestTokens.DialogId, new DialogAction("write", "foo"));
        var again = verifier.Verify(token, TestTokens.DialogId, new DialogAction("write", "foo"));

        VerifierAssert.Accepted(result);
        VerifierAssert.Accepted(again);
        Assert.Equal("urn:altinn:person:idporten-email:ærlig+x@example.no", result.Token.Claims.AuthenticatedParty);
        Assert.Equal("read;write,urn:altinn:subresource:foo", again.Token.Claims.Actions.ToString());
    }

    [Fact]
    public void ReadClaims_ReturnsUnknownClaims_AsRawJson()
    {
        var token = TestTokens.SignPayload(Payload.Valid().With("e", "[\"a\", \"b\"]").ToString());

        var claims = TestTokens.Verifier(configure: o => o.CacheVerifiedTokens = false).Verify(token).Token.Claims;

        Assert.Equal("[\"a\", \"b\"]", Assert.Single(claims.AdditionalClaims).Value);
    }
}
