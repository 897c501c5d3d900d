namespace DialogTokens.Tests.Verification;

/// <summary>token_encoding_invalid: every part must be the one canonical base64url spelling of its bytes (RFC 7515 §2).</summary>
public sealed class EncodingErrorTests
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    // Each part's JSON is padded with white space so that no part is a multiple of 4 characters long: then every
    // part has unused bits in its last character, and padding can be appended.
    private static readonly string Token = TestTokens.Sign(
        NotMultipleOfThree(TestTokens.HeaderJson()), NotMultipleOfThree(Payload.Valid().ToString()));

    public static readonly TheoryData<int, string> Corruptions = CrossProduct(
        [0, 1, 2],
        ["padding", "plus", "slash", "space", "newline", "tab", "non-ascii", "trailing bits", "length 1 mod 4", "percent"]);

    [Fact]
    public void Verify_Accepts_TheUncorruptedToken()
    {
        Assert.All(TestTokens.Parts(Token), p => Assert.NotEqual(0, p.Length % 4));
        VerifierAssert.Accepted(TestTokens.Verifier().Verify(Token));
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Verify_Rejects_WhenPartIsNotCanonicalBase64Url(int part, string corruption)
    {
        var corrupted = TestTokens.WithPart(Token, part, Corrupt(TestTokens.Parts(Token)[part], corruption));
        Assert.NotEqual(Token, corrupted);

        VerifierAssert.Rejected(TestTokens.Verifier().Verify(corrupted), DialogTokenError.TokenEncodingInvalid, corrupted);
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Read_Rejects_WhenPartIsNotCanonicalBase64Url(int part, string corruption)
    {
        var corrupted = TestTokens.WithPart(Token, part, Corrupt(TestTokens.Parts(Token)[part], corruption));

        Assert.Equal(DialogTokenError.TokenEncodingInvalid, DialogTokenReader.Read(corrupted).Error);
    }

    internal static string Corrupt(string part, string corruption)
    {
        var middle = part.Length / 2;
        return corruption switch
        {
            "padding" => part + new string('=', 4 - (part.Length % 4)),
            "plus" => part[..middle] + "+" + part[(middle + 1)..],
            "slash" => part[..middle] + "/" + part[(middle + 1)..],
            "space" => part[..middle] + " " + part[middle..],
            "newline" => part[..middle] + "\n" + part[middle..],
            "tab" => part[..middle] + "\t" + part[middle..],
            "non-ascii" => part[..middle] + "é" + part[(middle + 1)..],
            "percent" => part[..middle] + "%2D" + part[(middle + 1)..],
            "trailing bits" => part[..^1] + Alphabet[Alphabet.IndexOf(part[^1], StringComparison.Ordinal) | 1],
            "length 1 mod 4" => part + new string('A', (5 - (part.Length % 4)) % 4),
            _ => throw new ArgumentOutOfRangeException(nameof(corruption), corruption, null),
        };
    }

    private static string NotMultipleOfThree(string json) => json.Length % 3 == 0 ? json + " " : json;

    private static TheoryData<int, string> CrossProduct(int[] parts, string[] corruptions)
    {
        var data = new TheoryData<int, string>();
        foreach (var part in parts)
        {
            foreach (var corruption in corruptions)
            {
                data.Add(part, corruption);
            }
        }

        return data;
    }
}
