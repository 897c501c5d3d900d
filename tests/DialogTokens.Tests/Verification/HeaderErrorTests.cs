namespace DialogTokens.Tests.Verification;

/// <summary>header_invalid: the header is one UTF-8 JSON object of at most 1024 characters, no repeated or escaped names, no crit.</summary>
public sealed class HeaderErrorTests
{
    private const string Kid = TestTokens.KeyId;
    private static readonly string ValidPayload = Payload.Valid().ToString();

    public static readonly TheoryData<string, string> InvalidHeaders = new()
    {
        { "not JSON", "alg=EdDSA" },
        { "truncated JSON", $$"""{"alg":"EdDSA","kid":"{{Kid}}" """ },
        { "JSON array", $$"""["alg","EdDSA","kid","{{Kid}}"]""" },
        { "JSON string", "\"EdDSA\"" },
        { "JSON null", "null" },
        { "duplicate alg", $$"""{"alg":"EdDSA","alg":"EdDSA","kid":"{{Kid}}"}""" },
        { "duplicate kid", $$"""{"alg":"EdDSA","kid":"{{Kid}}","kid":"{{Kid}}"}""" },
        { "duplicate typ", $$"""{"alg":"EdDSA","typ":"JWT","typ":"JWT","kid":"{{Kid}}"}""" },
        { "escaped member name", $$"""{"\u0061lg":"EdDSA","kid":"{{Kid}}"}""" },
        { "escaped kid name", $$"""{"alg":"EdDSA","\u006bid":"{{Kid}}"}""" },
        { "crit present", $$"""{"alg":"EdDSA","kid":"{{Kid}}","crit":["exp"]}""" },
        { "crit empty", $$"""{"alg":"EdDSA","kid":"{{Kid}}","crit":[]}""" },
        { "kid a number", """{"alg":"EdDSA","kid":42}""" },
        { "kid null", """{"alg":"EdDSA","kid":null}""" },
        { "kid an object", """{"alg":"EdDSA","kid":{"id":"x"}}""" },
        { "kid empty", """{"alg":"EdDSA","kid":""}""" },
        { "kid over 128 bytes", $$"""{"alg":"EdDSA","kid":"{{new string('k', 129)}}"}""" },
        { "trailing data", $$"""{"alg":"EdDSA","kid":"{{Kid}}"}x""" },
        { "two objects", $$"""{"alg":"EdDSA","kid":"{{Kid}}"}{}""" },
        { "trailing comma", $$"""{"alg":"EdDSA","kid":"{{Kid}}",}""" },
        { "comment", $$"""{"alg":"EdDSA",/* c */"kid":"{{Kid}}"}""" },
        { "17 members", $$"""{"alg":"EdDSA","kid":"{{Kid}}"{{string.Concat(Enumerable.Range(0, 15).Select(i => $",\"m{i}\":0"))}}}""" },
        { "nested too deep", $$"""{"alg":"EdDSA","kid":"{{Kid}}","x":[[[[[[[[[[0]]]]]]]]]]}""" },
        { "over 1024 characters", $$"""{"alg":"EdDSA","kid":"{{Kid}}","x":"{{new string('x', 800)}}"}""" },
    };

    public static readonly TheoryData<string, string> LoneSurrogates = new()
    {
        { "kid", """ "\ud800" """ },
        { "kid", """ "\udc00x" """ },
        { "kid", """ "a\ud800\u0041" """ },
        { "typ", """ "\ud800" """ },
        { "alg", """ "\ud800" """ },
    };

    [Theory]
    [MemberData(nameof(InvalidHeaders))]
    public void Verify_Rejects_WhenHeaderIsNotAllowed(string shape, string headerJson)
    {
        _ = shape;
        var token = TestTokens.Sign(headerJson, ValidPayload);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.HeaderInvalid, token);
    }

    [Fact]
    public void Verify_Accepts_HeaderOf1024Characters_AndRejectsLonger()
    {
        // 768 bytes encode to exactly 1024 characters; 769 bytes to 1026.
        var atLimit = TestTokens.Sign(HeaderOfLength(768), ValidPayload);
        var overLimit = TestTokens.Sign(HeaderOfLength(769), ValidPayload);
        Assert.Equal(1024, TestTokens.Parts(atLimit)[0].Length);

        VerifierAssert.Accepted(TestTokens.Verifier().Verify(atLimit));
        VerifierAssert.Rejected(TestTokens.Verifier().Verify(overLimit), DialogTokenError.HeaderInvalid, overLimit);
    }

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void Verify_RejectsWithoutThrowing_WhenHeaderValueHasLoneSurrogateEscape(string member, string value)
    {
        var header = member switch
        {
            "alg" => $$"""{"alg":{{value}},"kid":"{{Kid}}"}""",
            "kid" => $$"""{"alg":"EdDSA","kid":{{value}}}""",
            _ => $$"""{"alg":"EdDSA","typ":{{value}},"kid":"{{Kid}}"}""",
        };
        var token = TestTokens.Sign(header, ValidPayload);

        var result = TestTokens.Verifier().Verify(token);

        Assert.False(result.IsValid);
        Assert.Contains(result.Error, new[] { DialogTokenError.HeaderInvalid, DialogTokenError.AlgorithmNotAllowed, DialogTokenError.TokenTypeNotAllowed });
        VerifierAssert.DescriptionIsSafe(result.ErrorDescription, token);
        Assert.NotEqual(DialogTokenError.None, DialogTokenReader.Read(token).Error);
    }

    [Theory]
    [InlineData(0xff)]
    [InlineData(0xc0)]
    [InlineData(0xed)]
    public void Verify_Rejects_WhenHeaderIsNotUtf8(byte raw)
    {
        var header = System.Text.Encoding.UTF8.GetBytes($$"""{"alg":"EdDSA","kid":"{{Kid}}","x":"#"}""").Select(b => b == '#' ? raw : b).ToArray();
        var token = CompactJwsWriter.Write(
            System.Text.Encoding.ASCII.GetBytes(TestTokens.Encode(header)), System.Text.Encoding.UTF8.GetBytes(ValidPayload), TestTokens.Key);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.HeaderInvalid, token);
    }

    [Fact]
    public void Verify_IgnoresUnknownHeaderMember_WithLoneSurrogateEscape()
    {
        var token = TestTokens.Sign($$"""{"alg":"EdDSA","kid":"{{Kid}}","x":"\ud800"}""", ValidPayload);

        VerifierAssert.Accepted(TestTokens.Verifier().Verify(token));
    }

    private static string HeaderOfLength(int length)
    {
        var prefix = $$"""{"alg":"EdDSA","typ":"JWT","kid":"{{Kid}}","x":" """.TrimEnd();
        return prefix + new string('x', length - prefix.Length - 2) + "\"}";
    }
}
