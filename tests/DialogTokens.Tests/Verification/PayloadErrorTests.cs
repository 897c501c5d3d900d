namespace DialogTokens.Tests.Verification;

/// <summary>payload_invalid: the payload is one UTF-8 JSON object with distinct, unescaped member names.</summary>
public sealed class PayloadErrorTests
{
    private static readonly string Valid = Payload.Valid().ToString();

    public static readonly TheoryData<string, string> InvalidPayloads = new()
    {
        { "not JSON", "jti=1;c=2" },
        { "white space only", " " },
        { "JSON array", "[" + Valid + "]" },
        { "JSON string", "\"read\"" },
        { "JSON number", "42" },
        { "JSON null", "null" },
        { "duplicate claim i", Payload.Valid().Repeating("i", Payload.Quote(Guid.NewGuid().ToString())).ToString() },
        { "duplicate claim a", Payload.Valid().Repeating("a", "\"read;write;delete\"").ToString() },
        { "duplicate unknown claim", Payload.Valid().With("x", "1").Repeating("x", "2").ToString() },
        { "escaped claim name", Valid.Replace("\"i\":", "\"\\u0069\":", StringComparison.Ordinal) },
        { "escaped unknown claim name", Payload.Valid().With("\\u0078", "1").ToString() },
        { "trailing data", Valid + "x" },
        { "two objects", Valid + "{}" },
        { "trailing comma", Valid[..^1] + ",}" },
        { "comment", "/* c */" + Valid },
        { "truncated", Valid[..^1] },
        { "single quotes", Valid.Replace('"', '\'') },
        { "over 64 members", Payload.Valid().ToString()[..^1] + string.Concat(Enumerable.Range(0, 60).Select(i => $",\"x{i}\":0")) + "}" },
        { "nested too deep", Payload.Valid().With("x", new string('[', 20) + new string(']', 20)).ToString() },
    };

    [Theory]
    [MemberData(nameof(InvalidPayloads))]
    public void Verify_Rejects_WhenPayloadIsNotOneJsonObjectWithDistinctNames(string shape, string payloadJson)
    {
        _ = shape;
        var token = SignRaw(payloadJson);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.PayloadInvalid, token);
    }

    [Theory]
    [InlineData(0xff)]
    [InlineData(0xc3)]
    [InlineData(0x80)]
    public void Verify_Rejects_WhenClaimValueIsNotUtf8(byte raw)
    {
        var token = SignBytes(Utf8With(Payload.Valid().With("c", "\"#\"").ToString(), '#', raw));

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(token), DialogTokenError.PayloadInvalid, token);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Verify_Rejects_WhenUnknownClaimNameIsNotUtf8(bool cache)
    {
        var token = SignBytes(Utf8With(Payload.Valid().With("#", "0").ToString(), '#', 0xff));

        var result = TestTokens.Verifier(configure: o => o.CacheVerifiedTokens = cache).Verify(token);

        VerifierAssert.Rejected(result, DialogTokenError.PayloadInvalid, token);
        Assert.NotEqual(DialogTokenError.None, DialogTokenReader.Read(token).Error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Verify_Rejects_WhenUnknownClaimValueIsNotUtf8(bool cache)
    {
        var token = SignBytes(Utf8With(Payload.Valid().With("x", "\"#\"").ToString(), '#', 0xff));

        var result = TestTokens.Verifier(configure: o => o.CacheVerifiedTokens = cache).Verify(token);

        VerifierAssert.Rejected(result, DialogTokenError.PayloadInvalid, token);
    }

    private static string SignRaw(string payloadJson) => SignBytes(System.Text.Encoding.UTF8.GetBytes(payloadJson));

    private static string SignBytes(byte[] payload) => CompactJwsWriter.Write(DialogTokenHeader.Encode(TestTokens.KeyId), payload, TestTokens.Key);

    /// <summary>The UTF-8 of <paramref name="json"/> with the (ASCII) <paramref name="marker"/> replaced by a raw byte.</summary>
    private static byte[] Utf8With(string json, char marker, byte raw) =>
        [.. System.Text.Encoding.UTF8.GetBytes(json).Select(b => b == marker ? raw : b)];
}
