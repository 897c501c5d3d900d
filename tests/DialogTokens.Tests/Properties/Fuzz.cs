using System.Globalization;
using System.Text;

namespace DialogTokens.Tests.Properties;

/// <summary>
/// Seeded randomness for the property tests. Each run picks a new seed and every failure message names it; set
/// <c>DIALOGTOKENS_TEST_SEED</c> to replay a run.
/// </summary>
internal static class Fuzz
{
    public const string SeedVariable = "DIALOGTOKENS_TEST_SEED";

    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>Characters a mutation inserts: the alphabet, the separators and what a lax decoder would skip or accept.</summary>
    private const string Noise = Base64UrlAlphabet + "..=+/ \t\r\n\0\"{}é€\u00a0\u200b\ufeff\ud800\udfff";

    private static readonly string[] Names = ["alg", "typ", "kid", "crit", "jwk", "jku", "jti", "c", "y", "o", "u", "l", "p", "s", "i", "a", "iss", "iat", "nbf", "exp", "e", "x", "", "\\u0061", "\\ud800"];

    private static readonly string[] Strings =
    [
        "EdDSA", "none", "JWT", "dialogtoken+jwt", TestTokens.KeyId, TestTokens.IssuerUri, TestTokens.DialogId.ToString(), "read;write",
        "read;;", ",x", "", "\\u0000", "\\ud800", "\\udc00\\ud800", "\\ud83d\\ude00", "\\u00e6", "\\\"", "\\\\", "\\/", "\\n", "æ€😀", "\u0001",
    ];

    private static readonly string[] Numbers = ["0", "3", "4", "5", "-1", "1.5", "1e3", "-0", "1772366400", "1772367000", "253402300800", "99999999999999999999", "01", "+1", "NaN"];

    public static int NewSeed() =>
        int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Random.Shared.Next();

    public static string Replay(int seed) => $"seed {seed} (replay with {SeedVariable}={seed})";

    public static char NoiseChar(Random random) => Noise[random.Next(Noise.Length)];

    /// <summary>A member name of a header or payload, sometimes empty or escaped.</summary>
    public static string Name(Random random) => Names[random.Next(Names.Length)];

    /// <summary>Up to <paramref name="maxLength"/> characters of anything: ASCII, base64url, dots, controls, non-ASCII, lone surrogates.</summary>
    public static string Garbage(Random random, int maxLength)
    {
        var length = random.Next(maxLength + 1);
        var builder = new StringBuilder(length);
        var alphabetOnly = random.Next(3) == 0;
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(10) switch
            {
                _ when alphabetOnly => random.Next(20) == 0 ? '.' : Base64UrlAlphabet[random.Next(64)],
                < 4 => Base64UrlAlphabet[random.Next(64)],
                < 6 => (char)random.Next(0x20, 0x7f),
                6 => NoiseChar(random),
                7 => '.',
                _ => (char)random.Next(0, 0x10000),
            });
        }

        return builder.ToString();
    }

    /// <summary>Random bytes, base64url-encoded.</summary>
    public static string EncodedBytes(Random random, int maxLength)
    {
        var bytes = new byte[random.Next(maxLength + 1)];
        random.NextBytes(bytes);
        return TestTokens.Encode(bytes);
    }

    /// <summary>JSON-like text: mostly valid JSON made of the names and values a token holds, sometimes broken.</summary>
    public static string Json(Random random, int depth = 0)
    {
        if (random.Next(40) == 0)
        {
            return Garbage(random, 20);
        }

        switch (random.Next(depth > 3 ? 3 : 6))
        {
            case 0:
                return Numbers[random.Next(Numbers.Length)];
            case 1:
                return "\"" + Strings[random.Next(Strings.Length)] + "\"";
            case 2:
                return random.Next(3) switch { 0 => "null", 1 => "true", _ => "false" };
            case 3:
                return "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Json(random, depth + 1))) + "]";
            default:
                var members = Enumerable.Range(0, random.Next(12)).Select(_ => "\"" + Name(random) + "\":" + Json(random, depth + 1));
                return "{" + string.Join(",", members) + "}";
        }
    }

    /// <summary>A payload that starts valid and then has claims dropped, retyped, repeated or added at random.</summary>
    public static string MutatedPayload(Random random)
    {
        var payload = Payload.Valid();
        var rounds = random.Next(1, 4);
        for (var round = 0; round < rounds; round++)
        {
            var name = Name(random);
            payload = random.Next(4) switch
            {
                0 => payload.Without(name),
                1 => payload.Repeating(name, Json(random, 3)),
                _ => payload.With(name, Json(random, 3)),
            };
        }

        return payload.ToString();
    }
}
