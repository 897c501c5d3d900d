using System.Globalization;
using System.Security.Cryptography;

namespace DialogTokens;

/// <summary>Key ids in Dialogporten's style: <c>&lt;prefix&gt;-&lt;yyMMdd&gt;-&lt;5 random characters&gt;</c>, e.g. <c>dp-staging-240322-o5ymn</c>.</summary>
public static class DialogTokenKeyId
{
    /// <summary>The prefix of generated key ids unless another is given.</summary>
    public const string DefaultPrefix = "dt";

    /// <summary>The longest key id accepted, in characters.</summary>
    public const int MaxLength = 128;

    private const string RandomAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Generates <c>&lt;prefix&gt;-&lt;yyMMdd of now&gt;-&lt;5 random lower-case letters or digits&gt;</c>.</summary>
    public static string Generate(string prefix, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var random = RandomNumberGenerator.GetString(RandomAlphabet, 5);
        var keyId = $"{prefix}-{now.UtcDateTime.ToString("yyMMdd", CultureInfo.InvariantCulture)}-{random}";
        return IsValid(keyId) ? keyId : throw new ArgumentException($"The prefix '{prefix}' makes an invalid key id.", nameof(prefix));
    }

    /// <summary>Whether <paramref name="keyId"/> is 1 to <see cref="MaxLength"/> printable ASCII characters.</summary>
    public static bool IsValid(string? keyId) =>
        !string.IsNullOrEmpty(keyId) && keyId.Length <= MaxLength && keyId.All(c => c is > ' ' and < '\x7f');
}
