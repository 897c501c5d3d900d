namespace DialogTokens.Tests.Verification;

/// <summary>signature_invalid: the Ed25519 signature over <c>header.payload</c>, checked only against the issuer's key set.</summary>
public sealed class SignatureErrorTests
{
    private static readonly string ValidPayload = Payload.Valid().ToString();

    public static readonly TheoryData<int> SignatureBits = new() { 0, 1, 7, 8, 100, 255, 256, 300, 504, 510, 511 };

    public static readonly TheoryData<string> KeyBearingHeaderMembers = new() { "jwk", "jku", "x5u", "x5c", "all" };

    [Theory]
    [MemberData(nameof(SignatureBits))]
    public void Verify_Rejects_WhenOneSignatureBitIsFlipped(int bit)
    {
        var token = TestTokens.Valid();
        var signature = System.Buffers.Text.Base64Url.DecodeFromChars(TestTokens.Parts(token)[2]);
        signature[bit / 8] ^= (byte)(1 << (bit % 8));
        var forged = TestTokens.WithPart(token, 2, TestTokens.Encode(signature));

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(forged), DialogTokenError.SignatureInvalid, forged);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(63)]
    [InlineData(65)]
    [InlineData(66)]
    [InlineData(67)]
    [InlineData(128)]
    public void Verify_Rejects_WhenSignatureIsNot64Bytes(int length)
    {
        var signature = System.Buffers.Text.Base64Url.DecodeFromChars(TestTokens.Parts(TestTokens.Valid())[2]);
        var resized = new byte[length];
        signature.AsSpan(0, Math.Min(length, 64)).CopyTo(resized);
        var forged = TestTokens.WithPart(TestTokens.Valid(), 2, TestTokens.Encode(resized));

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(forged), DialogTokenError.SignatureInvalid, forged);
    }

    [Fact]
    public void Verify_Rejects_WhenSignatureIsAllZero()
    {
        var forged = TestTokens.WithPart(TestTokens.Valid(), 2, TestTokens.Encode(new byte[64]));

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(forged), DialogTokenError.SignatureInvalid, forged);
    }

    [Fact]
    public void Verify_Rejects_WhenSignedByAnotherKeyWithTheSameKid()
    {
        var forged = TestTokens.SignPayload(ValidPayload, TestTokens.ImpostorKey);
        Assert.Equal(TestTokens.Parts(TestTokens.Valid())[0], TestTokens.Parts(forged)[0]);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(forged), DialogTokenError.SignatureInvalid, forged);
    }

    [Fact]
    public void Verify_Rejects_WhenSignedByTheOtherPublishedKey()
    {
        // A token is checked with the key its kid names, not with whichever published key would accept it.
        var signedBySecond = TestTokens.SignPayload(ValidPayload, TestTokens.SecondKey);
        var forged = TestTokens.WithPart(signedBySecond, 0, TestTokens.Parts(TestTokens.Valid())[0]);

        VerifierAssert.Accepted(TestTokens.Verifier().Verify(signedBySecond));
        VerifierAssert.Rejected(TestTokens.Verifier().Verify(forged), DialogTokenError.SignatureInvalid, forged);
    }

    [Fact]
    public void Verify_Rejects_WhenPayloadIsChangedAfterSigning()
    {
        var token = TestTokens.Valid();
        var elevated = TestTokens.EncodeJson(Payload.Valid().WithString("a", "read;write;delete").ToString());
        var forged = TestTokens.WithPart(token, 1, elevated);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(forged), DialogTokenError.SignatureInvalid, forged);
    }

    [Fact]
    public void Verify_Rejects_WhenHeaderIsChangedAfterSigning()
    {
        var token = TestTokens.Valid();
        var forged = TestTokens.WithPart(token, 0, TestTokens.EncodeJson($$"""{"alg":"EdDSA","typ":"dialogtoken+jwt","kid":"{{TestTokens.KeyId}}"}"""));

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(forged), DialogTokenError.SignatureInvalid, forged);
    }

    [Fact]
    public void Verify_Rejects_SignatureOfAnotherToken()
    {
        var other = TestTokens.SignPayload(Payload.Valid().WithString("jti", Guid.NewGuid().ToString()).ToString());
        var forged = TestTokens.WithPart(TestTokens.Valid(), 2, TestTokens.Parts(other)[2]);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(forged), DialogTokenError.SignatureInvalid, forged);
    }

    [Theory]
    [MemberData(nameof(KeyBearingHeaderMembers))]
    public void Verify_Rejects_AttackerKeyEmbeddedInHeader(string member)
    {
        // The attacker signs with their own key and points the header at it; only the issuer's key set counts.
        using var attacker = DialogTokenSigningKey.Import(TestTokens.KeyId, TestTokens.Seed(99));
        var jwk = DialogTokenJwk.WritePublicKey(attacker.PublicKey);
        var members = new Dictionary<string, string>
        {
            ["jwk"] = $",\"jwk\":{jwk}",
            ["jku"] = ",\"jku\":\"https://attacker.example/jwks.json\"",
            ["x5u"] = ",\"x5u\":\"https://attacker.example/key.pem\"",
            ["x5c"] = ",\"x5c\":[\"MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\"]",
        };
        var extra = member == "all" ? string.Concat(members.Values) : members[member];
        var header = $$"""{"alg":"EdDSA","typ":"JWT","kid":"{{TestTokens.KeyId}}"{{extra}}}""";
        var forged = TestTokens.Sign(header, ValidPayload, attacker);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(forged), DialogTokenError.SignatureInvalid, forged);
    }

    [Fact]
    public void Verify_Rejects_AttackerKeyEmbeddedInHeader_UnderItsOwnKid()
    {
        using var attacker = DialogTokenSigningKey.Import("attacker", TestTokens.Seed(99));
        var header = $$"""{"alg":"EdDSA","typ":"JWT","kid":"attacker","jwk":{{DialogTokenJwk.WritePublicKey(attacker.PublicKey)}}}""";
        var forged = TestTokens.Sign(header, ValidPayload, attacker);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(forged), DialogTokenError.KeyNotFound, forged);
    }
}
