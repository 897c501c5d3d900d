using System.Security.Cryptography;
using NSec.Cryptography;

namespace DialogTokens.Tests.Rfc;

/// <summary>RFC 8037 Appendix A: the Ed25519 JWKs (A.1, A.2), their thumbprint (A.3) and the signing example (A.4).</summary>
public sealed class Rfc8037Tests
{
    private const string D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    private const string X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

    /// <summary>A.3: the RFC 7638 thumbprint of the key, which we use as its kid (the RFC's JWKs have none).</summary>
    private const string Thumbprint = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";

    private const string PrivateJwk = $$"""{"kty":"OKP","crv":"Ed25519","d":"{{D}}","x":"{{X}}","kid":"{{Thumbprint}}"}""";
    private const string PublicJwk = $$"""{"kty":"OKP","crv":"Ed25519","x":"{{X}}","kid":"{{Thumbprint}}"}""";

    private const string A4Header = "eyJhbGciOiJFZERTQSJ9";
    private const string A4Payload = "RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
    private const string A4Signature = "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
    private const string A4Token = A4Header + "." + A4Payload + "." + A4Signature;

    [Fact]
    public void A1_PrivateJwk_IsRead_WithMatchingPublicKey()
    {
        Assert.True(DialogTokenJwk.TryReadPrivateKey(PrivateJwk, out var key, out var error), error);
        using (key)
        {
            Assert.Equal(Thumbprint, key.KeyId);
            Assert.Equal(D, TestTokens.Encode(key.ExportPrivateKey()));
            Assert.Equal(X, TestTokens.Encode(key.PublicKey.RawKey.ToArray()));
        }
    }

    [Fact]
    public void A2_PublicJwk_IsRead()
    {
        Assert.True(DialogTokenJwk.TryReadPublicKey(PublicJwk, out var key, out var error), error);

        Assert.Equal(X, TestTokens.Encode(key.RawKey.ToArray()));
        Assert.Equal(Thumbprint, key.KeyId);
    }

    [Fact]
    public void A1_A2_JwksWithoutKid_AreRefused_BecauseAKeyIdIsRequired()
    {
        // The RFC's JWKs carry no kid; a dialog token key must have one to be chosen by a token's header.
        Assert.False(DialogTokenJwk.TryReadPrivateKey($$"""{"kty":"OKP","crv":"Ed25519","d":"{{D}}","x":"{{X}}"}""", out _, out var privateError));
        Assert.False(DialogTokenJwk.TryReadPublicKey($$"""{"kty":"OKP","crv":"Ed25519","x":"{{X}}"}""", out _, out var publicError));
        Assert.Contains("kid", privateError, StringComparison.Ordinal);
        Assert.Contains("kid", publicError, StringComparison.Ordinal);
    }

    [Fact]
    public void A3_Thumbprint_IsTheSha256OfTheRequiredMembers()
    {
        var canonical = $$"""{"crv":"Ed25519","kty":"OKP","x":"{{X}}"}""";

        Assert.Equal(Thumbprint, TestTokens.Encode(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical))));
    }

    [Fact]
    public void A4_Parts_AreTheRfcHeaderAndPayload()
    {
        Assert.Equal("""{"alg":"EdDSA"}""", TestTokens.DecodePart(A4Token, 0));
        Assert.Equal("Example of Ed25519 signing", TestTokens.DecodePart(A4Token, 1));
    }

    [Fact]
    public void A4_Signature_VerifiesWithThePublicKey_OverTheAsciiSigningInput()
    {
        Assert.True(DialogTokenJwk.TryReadPublicKey(PublicJwk, out var key, out var error), error);
        var signingInput = System.Text.Encoding.ASCII.GetBytes(A4Header + "." + A4Payload);
        var signature = System.Buffers.Text.Base64Url.DecodeFromChars(A4Signature);

        Assert.True(SignatureAlgorithm.Ed25519.Verify(key.Key, signingInput, signature));
        signature[10] ^= 0x10;
        Assert.False(SignatureAlgorithm.Ed25519.Verify(key.Key, signingInput, signature));
    }

    [Fact]
    public void A4_SigningWithThePrivateKey_ReproducesTheSignature()
    {
        Assert.True(DialogTokenJwk.TryReadPrivateKey(PrivateJwk, out var key, out var error), error);
        using (key)
        {
            var signature = new byte[64];
            key.Sign(System.Text.Encoding.ASCII.GetBytes(A4Header + "." + A4Payload), signature);

            Assert.Equal(A4Signature, TestTokens.Encode(signature));
        }
    }

    [Fact]
    public void A4_CompactJwsWriter_ReproducesTheWholeSerialization()
    {
        Assert.True(DialogTokenJwk.TryReadPrivateKey(PrivateJwk, out var key, out var error), error);
        using (key)
        {
            var token = CompactJwsWriter.Write(
                System.Text.Encoding.ASCII.GetBytes(A4Header), System.Text.Encoding.UTF8.GetBytes("Example of Ed25519 signing"), key);

            Assert.Equal(A4Token, token);
        }
    }

    [Fact]
    public void A4_Token_IsRejectedByTheVerifier_AsKeyIdMissing()
    {
        Assert.True(DialogTokenJwk.TryReadPublicKey(PublicJwk, out var key, out var error), error);
        var verifier = new DialogTokenVerifier(new DialogTokenKeySet([key]), timeProvider: TestTokens.Clock());

        Verification.VerifierAssert.Rejected(verifier.Verify(A4Token), DialogTokenError.KeyIdMissing, A4Token);
    }
}
