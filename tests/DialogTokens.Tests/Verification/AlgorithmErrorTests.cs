using System.Security.Cryptography;

namespace DialogTokens.Tests.Verification;

/// <summary>algorithm_not_allowed and token_type_not_allowed: alg is exactly EdDSA; typ, when present, JWT or dialogtoken+jwt.</summary>
public sealed class AlgorithmErrorTests
{
    private const string Kid = TestTokens.KeyId;
    private static readonly string ValidPayload = Payload.Valid().ToString();

    public static readonly TheoryData<string> DisallowedAlgorithms = new()
    {
        "\"none\"", "\"None\"", "\"HS256\"", "\"HS512\"", "\"RS256\"", "\"PS256\"", "\"ES256\"", "\"ES256K\"",
        "\"eddsa\"", "\"EDDSA\"", "\"EdDSA \"", "\" EdDSA\"", "\"Ed25519\"", "\"Ed448\"", "\"\"", "null", "42", "true",
        "[\"EdDSA\"]", "{\"alg\":\"EdDSA\"}",
    };

    public static readonly TheoryData<string> DisallowedTypes = new()
    {
        "\"at+jwt\"", "\"dialogcontexttoken+jwt\"", "\"JWS\"", "\"JOSE\"", "\"\"", "\"JWT \"", "null", "1", "[\"JWT\"]",
    };

    public static readonly TheoryData<string> AllowedTypes = new() { "\"JWT\"", "\"jwt\"", "\"dialogtoken+jwt\"", "\"DialogToken+JWT\"" };

    [Theory]
    [MemberData(nameof(DisallowedAlgorithms))]
    public void Verify_Rejects_WhenAlgIsNotEdDsa(string alg)
    {
        var token = TestTokens.Sign($$"""{"alg":{{alg}},"typ":"JWT","kid":"{{Kid}}"}""", ValidPayload);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.AlgorithmNotAllowed, token);
    }

    [Theory]
    [InlineData("""{"typ":"at+jwt","alg":"none","kid":"KID"}""")]
    [InlineData("""{"alg":"none","typ":"at+jwt","kid":"KID"}""")]
    [InlineData("""{"kid":"KID","typ":"at+jwt","alg":"HS256"}""")]
    public void Verify_ReportsAlgorithmBeforeType_WhateverTheMemberOrder(string header)
    {
        var token = TestTokens.Sign(header.Replace("KID", Kid, StringComparison.Ordinal), ValidPayload);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.AlgorithmNotAllowed, token);
    }

    [Fact]
    public void Verify_Rejects_WhenAlgIsMissing()
    {
        var token = TestTokens.Sign($$"""{"typ":"JWT","kid":"{{Kid}}"}""", ValidPayload);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.AlgorithmNotAllowed, token);
    }

    [Fact]
    public void Verify_Rejects_WhenAlgIsNone_WithEmptySignature()
    {
        var token = TestTokens.EncodeJson($$"""{"alg":"none","kid":"{{Kid}}"}""") + "." + TestTokens.EncodeJson(ValidPayload) + ".";

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.AlgorithmNotAllowed, token);
    }

    [Fact]
    public void Verify_Rejects_HmacToken_SignedWithThePublicKeyAsSecret()
    {
        // The classic key-confusion attack: HS256 keyed with the bytes the issuer publishes.
        var signingInput = TestTokens.EncodeJson($$"""{"alg":"HS256","typ":"JWT","kid":"{{Kid}}"}""") + "." + TestTokens.EncodeJson(ValidPayload);
        var mac = HMACSHA256.HashData(TestTokens.Key.PublicKey.RawKey, System.Text.Encoding.ASCII.GetBytes(signingInput));
        var token = signingInput + "." + TestTokens.Encode(mac);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.AlgorithmNotAllowed, token);
    }

    [Theory]
    [MemberData(nameof(DisallowedTypes))]
    public void Verify_Rejects_WhenTypIsNotADialogTokenType(string typ)
    {
        var token = TestTokens.Sign($$"""{"alg":"EdDSA","typ":{{typ}},"kid":"{{Kid}}"}""", ValidPayload);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.TokenTypeNotAllowed, token);
    }

    [Theory]
    [MemberData(nameof(AllowedTypes))]
    public void Verify_Accepts_DialogTokenTypes(string typ)
    {
        var token = TestTokens.Sign($$"""{"alg":"EdDSA","typ":{{typ}},"kid":"{{Kid}}"}""", ValidPayload);

        VerifierAssert.Accepted(TestTokens.Verifier().Verify(token));
    }

    [Fact]
    public void Verify_Accepts_HeaderWithoutTyp()
    {
        var token = TestTokens.Sign($$"""{"alg":"EdDSA","kid":"{{Kid}}"}""", ValidPayload);

        VerifierAssert.Accepted(TestTokens.Verifier().Verify(token));
    }

    [Fact]
    public void Verify_Accepts_HeaderMembersInAnyOrder_AndUnknownMembers()
    {
        var token = TestTokens.Sign($$"""{"kid":"{{Kid}}","x-extra":{"a":[1,2]},"typ":"JWT","alg":"EdDSA"}""", ValidPayload);

        VerifierAssert.Accepted(TestTokens.Verifier().Verify(token));
    }

}
