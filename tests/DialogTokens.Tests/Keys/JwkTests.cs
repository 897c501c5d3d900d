using System.Text.Json;

namespace DialogTokens.Tests.Keys;

/// <summary>Ed25519 JWKs and JWKS (RFC 8037 §2, RFC 7517 §5): round trips, Dialogporten's member order, strict reading.</summary>
public sealed class JwkTests
{
    private static readonly string X = TestTokens.Encode(TestTokens.Key.PublicKey.RawKey.ToArray());
    private static readonly string X2 = TestTokens.Encode(TestTokens.SecondKey.PublicKey.RawKey.ToArray());

    public static readonly TheoryData<string, string> MalformedX = new()
    {
        { "31 bytes", TestTokens.Encode(new byte[31]) },
        { "33 bytes", TestTokens.Encode(new byte[33]) },
        { "empty", "" },
        { "padding", X + "=" },
        { "standard base64 alphabet", X.Replace('-', '+').Replace('_', '/') + (X.Contains('-', StringComparison.Ordinal) || X.Contains('_', StringComparison.Ordinal) ? "" : "+") },
        { "non-zero trailing bits", X[..^1] + (char)(X[^1] + 1) },
        { "white space", X[..10] + " " + X[10..] },
        { "far too long", new string('A', 100) },
    };

    [Fact]
    public void PrivateKey_RoundTrips()
    {
        var json = DialogTokenJwk.WritePrivateKey(TestTokens.Key);

        Assert.True(DialogTokenJwk.TryReadPrivateKey(json, out var key, out var error), error);
        using (key)
        {
            Assert.Equal(TestTokens.Key.KeyId, key.KeyId);
            Assert.Equal(TestTokens.Key.ExportPrivateKey(), key.ExportPrivateKey());
            Assert.Equal(TestTokens.Key.PublicKey, key.PublicKey);
        }
    }

    [Fact]
    public void PrivateKey_IsWrittenInDialogportenOrder_WithD()
    {
        var d = TestTokens.Encode(TestTokens.Key.ExportPrivateKey());

        Assert.Equal(
            $$"""{"kty":"OKP","use":"sig","kid":"{{TestTokens.KeyId}}","crv":"Ed25519","x":"{{X}}","alg":"EdDSA","d":"{{d}}"}""",
            DialogTokenJwk.WritePrivateKey(TestTokens.Key));
    }

    [Fact]
    public void PublicKey_RoundTrips_AndIsWrittenInDialogportenOrder()
    {
        var json = DialogTokenJwk.WritePublicKey(TestTokens.Key.PublicKey);

        Assert.Equal($$"""{"kty":"OKP","use":"sig","kid":"{{TestTokens.KeyId}}","crv":"Ed25519","x":"{{X}}","alg":"EdDSA"}""", json);
        Assert.True(DialogTokenJwk.TryReadPublicKey(json, out var key, out var error), error);
        Assert.Equal(TestTokens.Key.PublicKey, key);
        Assert.DoesNotContain("\"d\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadPublicKey_ReadsThePublicHalfOfAPrivateJwk()
    {
        Assert.True(DialogTokenJwk.TryReadPublicKey(DialogTokenJwk.WritePrivateKey(TestTokens.Key), out var key, out var error), error);

        Assert.Equal(TestTokens.Key.PublicKey, key);
    }

    [Fact]
    public void KeySet_IsWrittenInMemberOrder_KtyUseKidCrvXAlg()
    {
        var json = DialogTokenJwk.WriteKeySet([TestTokens.Key.PublicKey, TestTokens.SecondKey.PublicKey]);

        Assert.Equal(
            $$"""{"keys":[{"kty":"OKP","use":"sig","kid":"{{TestTokens.KeyId}}","crv":"Ed25519","x":"{{X}}","alg":"EdDSA"},"""
            + $$"""{"kty":"OKP","use":"sig","kid":"test-260301-fghij","crv":"Ed25519","x":"{{X2}}","alg":"EdDSA"}]}""",
            json);
    }

    [Fact]
    public void KeySet_ReproducesDialogportensPublishedJwks()
    {
        var vector = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestVectors", "dialogporten-tt02.json")));
        var published = JsonSerializer.Serialize(vector.RootElement.GetProperty("jwks"));

        Assert.True(DialogTokenJwk.TryReadKeySet(published, out var keys, out var error), error);
        Assert.Equal(published, DialogTokenJwk.WriteKeySet(keys));
    }

    [Fact]
    public void KeySet_RoundTrips()
    {
        var json = DialogTokenJwk.WriteKeySet(TestTokens.KeySet);

        Assert.True(DialogTokenJwk.TryReadKeySet(json, out var keys, out var error), error);
        Assert.Equal(TestTokens.KeySet, keys);
    }

    [Fact]
    public void TryReadKeySet_SkipsKeysOfOtherTypes()
    {
        var json = $$"""
            {"keys":[
              {"kty":"RSA","kid":"rsa","use":"sig","alg":"RS256","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4","e":"AQAB"},
              {"kty":"EC","kid":"ec","crv":"P-256","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4","y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM"},
              {"kty":"OKP","kid":"x25519","crv":"X25519","x":"hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo"},
              {"kty":"OKP","kid":"ed448","crv":"Ed448","x":"X9dEm1m0Yf0s54fsYWrUah2hNCSFpw4fig6nXYDpZ3jt8SR2m0bHBhvWeD3x5Q9s0foavq_oJWGA"},
              {"kty":"oct","kid":"hmac","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"},
              {"kty":"OKP","use":"sig","kid":"{{TestTokens.KeyId}}","crv":"Ed25519","x":"{{X}}","alg":"EdDSA"},
              {"kty":"OKP","kid":"minimal","crv":"Ed25519","x":"{{X2}}"}
            ]}
            """;

        Assert.True(DialogTokenJwk.TryReadKeySet(json, out var keys, out var error), error);

        Assert.Equal([TestTokens.KeyId, "minimal"], keys.Select(k => k.KeyId));
    }

    [Fact]
    public void TryReadKeySet_Fails_OnDuplicateKid()
    {
        var json = $$"""{"keys":[{"kty":"OKP","kid":"same","crv":"Ed25519","x":"{{X}}"},{"kty":"OKP","kid":"same","crv":"Ed25519","x":"{{X2}}"}]}""";

        Assert.False(DialogTokenJwk.TryReadKeySet(json, out var keys, out var error));
        Assert.Null(keys);
        Assert.Contains("keys[1]", error, StringComparison.Ordinal);
        Assert.Contains("same", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MalformedX))]
    public void TryReadKeySet_Fails_WhenXIsNot32BytesOfCanonicalBase64Url(string shape, string x)
    {
        _ = shape;
        var json = $$"""{"keys":[{"kty":"OKP","kid":"ok","crv":"Ed25519","x":"{{X2}}"},{"kty":"OKP","kid":"bad","crv":"Ed25519","x":"{{x}}"}]}""";

        Assert.False(DialogTokenJwk.TryReadKeySet(json, out _, out var error));
        Assert.Contains("keys[1]", error, StringComparison.Ordinal);
        Assert.False(DialogTokenJwk.TryReadPublicKey($$"""{"kty":"OKP","kid":"bad","crv":"Ed25519","x":"{{x}}"}""", out _, out _));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"keys":{}}""")]
    [InlineData("""{"keys":"x"}""")]
    [InlineData("""{"keys":[{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]}""")]
    [InlineData("""{"keys":[{"kty":"OKP","kid":"k","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","alg":"ES256"}]}""")]
    [InlineData("""{"keys":[{"kty":"OKP","kid":"k","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","use":"enc"}]}""")]
    [InlineData("""{"keys":[{"kty":"OKP","kid":7,"crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]}""")]
    [InlineData("""{"keys":[{"kty":"OKP","kid":"","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]}""")]
    [InlineData("""{"keys":[{"kty":"OKP","kid":"k","crv":"Ed25519","x":7}]}""")]
    public void TryReadKeySet_Fails_WhenNotAJwksOfWellFormedKeys(string json)
    {
        Assert.False(DialogTokenJwk.TryReadKeySet(json, out var keys, out var error));
        Assert.Null(keys);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void TryReadKeySet_ReadsAnEmptySet()
    {
        Assert.True(DialogTokenJwk.TryReadKeySet("""{"keys":[]}""", out var keys, out var error), error);
        Assert.Empty(keys);
    }

    [Fact]
    public void TryReadPrivateKey_Fails_WhenXIsNotThePublicKeyOfD()
    {
        var d = TestTokens.Encode(TestTokens.Key.ExportPrivateKey());
        var json = $$"""{"kty":"OKP","kid":"k","crv":"Ed25519","x":"{{X2}}","d":"{{d}}"}""";

        Assert.False(DialogTokenJwk.TryReadPrivateKey(json, out var key, out var error));
        Assert.Null(key);
        Assert.Contains("\"x\" is not the public key of \"d\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadPublicKey_Fails_WhenAPrivateJwksXIsNotThePublicKeyOfD()
    {
        // Publishing such an x would make every token fail at the service providers.
        var d = TestTokens.Encode(TestTokens.Key.ExportPrivateKey());
        var json = $$"""{"kty":"OKP","kid":"k","crv":"Ed25519","x":"{{X2}}","d":"{{d}}"}""";

        Assert.False(DialogTokenJwk.TryReadPublicKey(json, out var key, out var error));
        Assert.Null(key);
        Assert.Contains("\"x\" is not the public key of \"d\"", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AAAA")]
    [InlineData("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=")]
    [InlineData("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2B")]
    public void TryReadPrivateKey_Fails_WhenDIsMissingOrMalformed(string? d)
    {
        var member = d is null ? "" : $",\"d\":\"{d}\"";
        var json = $$"""{"kty":"OKP","kid":"k","crv":"Ed25519","x":"{{X}}"{{member}}}""";

        Assert.False(DialogTokenJwk.TryReadPrivateKey(json, out var key, out var error));
        Assert.Null(key);
        Assert.Contains("\"d\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadPublicKey_WithARepeatedMember_ReadsTheLast_AsRfc7517Allows()
    {
        // RFC 7517 §4: a parser must reject repeated member names or use the lexically last one.
        var json = $$"""{"kty":"OKP","kid":"k","crv":"Ed25519","x":"{{X2}}","x":"{{X}}"}""";

        Assert.True(DialogTokenJwk.TryReadPublicKey(json, out var key, out var error), error);
        Assert.Equal(X, TestTokens.Encode(key.RawKey.ToArray()));
    }

    [Fact]
    public void Errors_NeverHoldThePrivateKey()
    {
        var d = TestTokens.Encode(TestTokens.Key.ExportPrivateKey());
        var json = $$"""{"kty":"OKP","kid":"k","crv":"Ed25519","x":"{{X2}}","d":"{{d}}"}""";

        Assert.False(DialogTokenJwk.TryReadPrivateKey(json, out _, out var error));
        Assert.DoesNotContain(d, error, StringComparison.Ordinal);
        Assert.DoesNotContain(d, TestTokens.Key.ToString(), StringComparison.Ordinal);
        Assert.Equal(TestTokens.KeyId, TestTokens.Key.PublicKey.ToString());
    }

    // Found by fuzzing (docs/security.md#fuzzing): System.Text.Json parses these, then throws on reading the string.
    [Theory]
    [InlineData("""{"keys":[{"kty":"OKP\ud800","crv":"Ed25519"}]}""")]
    [InlineData("""{"keys":[{"k\ud800ty":"OKP","crv":"Ed25519"}]}""")]
    [InlineData("""{"keys":[{"kty":"OKP","crv":"Ed25519","kid":"k\udc00","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]}""")]
    [InlineData("""{"keys":[{"kty":"OKP","crv":"Ed25519","kid":"k","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","alg":"EdDSA\ud800\u0041"}]}""")]
    [InlineData("""{"keys":[],"note":"\ud800"}""")]
    public void TryReadKeySet_Fails_WhenAStringEscapesAnUnpairedSurrogate(string json)
    {
        Assert.False(DialogTokenJwk.TryReadKeySet(json, out var keys, out var error));
        Assert.Null(keys);
        Assert.Contains("unpaired surrogate", error, StringComparison.Ordinal);
        Assert.False(DialogTokenJwk.TryReadPublicKey(json, out _, out error));
        Assert.Contains("unpaired surrogate", error, StringComparison.Ordinal);
        Assert.False(DialogTokenJwk.TryReadPrivateKey(json, out _, out error));
        Assert.Contains("unpaired surrogate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadKeySet_ReadsEscapedSurrogatePairs()
    {
        Assert.True(DialogTokenJwk.TryReadKeySet("""{"keys":[],"note":"\ud83d\ude00 \u00e6\\\""}""", out var keys, out var error), error);
        Assert.Empty(keys);
    }
}
