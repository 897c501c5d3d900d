using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Tests.Keys;

/// <summary>Key ids in Dialogporten's style, key import, and the key set a token's kid is looked up in.</summary>
public sealed class KeyTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 25, 23, 59, 59, TimeSpan.Zero);

    [Fact]
    public void Generate_WritesPrefixDateAndFiveRandomCharacters()
    {
        var keyId = DialogTokenKeyId.Generate("dt", Day);

        Assert.Matches("^dt-261125-[a-z0-9]{5}$", keyId);
    }

    [Fact]
    public void Generate_UsesTheUtcDate()
    {
        var keyId = DialogTokenKeyId.Generate("dp-staging", new DateTimeOffset(2024, 3, 22, 1, 0, 0, TimeSpan.FromHours(2)));

        Assert.Matches("^dp-staging-240321-[a-z0-9]{5}$", keyId);
    }

    [Fact]
    public void Generate_IsRandom()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => DialogTokenKeyId.Generate("dt", Day)).ToHashSet();

        Assert.True(ids.Count > 1);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("tab\t")]
    [InlineData("ø")]
    public void Generate_Throws_WhenPrefixMakesAnInvalidKeyId(string prefix) =>
        Assert.Throws<ArgumentException>(() => DialogTokenKeyId.Generate(prefix, Day));

    [Fact]
    public void Generate_Throws_WhenPrefixIsEmpty() =>
        Assert.Throws<ArgumentException>(() => DialogTokenKeyId.Generate("", Day));

    [Fact]
    public void SigningKey_Generate_NamesTheKeyByTheClocksDate()
    {
        using var key = DialogTokenSigningKey.Generate(timeProvider: new FakeTimeProvider(Day));

        Assert.Matches("^dt-261125-[a-z0-9]{5}$", key.KeyId);
        Assert.Equal(key.KeyId, key.PublicKey.KeyId);
    }

    [Theory]
    [InlineData("dp-staging-240322-o5ymn", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData(" ", false)]
    [InlineData("a b", false)]
    [InlineData("æ", false)]
    [InlineData("a\u007f", false)]
    public void IsValid_AcceptsPrintableAscii(string? keyId, bool valid) => Assert.Equal(valid, DialogTokenKeyId.IsValid(keyId));

    [Fact]
    public void IsValid_AcceptsAtMost128Characters()
    {
        Assert.True(DialogTokenKeyId.IsValid(new string('k', 128)));
        Assert.False(DialogTokenKeyId.IsValid(new string('k', 129)));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(0)]
    public void SigningKey_Import_Throws_WhenKeyIsNot32Bytes(int length)
    {
        Assert.Throws<ArgumentException>(() => DialogTokenSigningKey.Import("k", new byte[length]));
        Assert.False(DialogTokenSigningKey.TryImport("k", new byte[length], out _));
    }

    [Fact]
    public void SigningKey_Import_Throws_WhenKeyIdIsInvalid() =>
        Assert.Throws<ArgumentException>(() => DialogTokenSigningKey.Import("bad kid", new byte[32]));

    [Fact]
    public void PublicKey_Create_Throws_WhenKeyIsNot32Bytes() =>
        Assert.Throws<ArgumentException>(() => DialogTokenPublicKey.Create("k", new byte[31]));

    [Fact]
    public void PublicKey_Equality_IsByKidAndBytes()
    {
        var key = TestTokens.Key.PublicKey;

        Assert.Equal(key, DialogTokenPublicKey.Create(key.KeyId, key.RawKey));
        Assert.NotEqual(key, DialogTokenPublicKey.Create("other", key.RawKey));
        Assert.NotEqual(key, TestTokens.ImpostorKey.PublicKey);
        Assert.Equal(key.GetHashCode(), DialogTokenPublicKey.Create(key.KeyId, key.RawKey).GetHashCode());
    }

    [Fact]
    public void KeySet_Throws_OnDuplicateKid() =>
        Assert.Throws<ArgumentException>(() => new DialogTokenKeySet([TestTokens.Key.PublicKey, TestTokens.ImpostorKey.PublicKey]));

    [Fact]
    public void KeySet_FindsByExactKid()
    {
        Assert.Same(TestTokens.Key.PublicKey, TestTokens.KeySet.Find(TestTokens.KeyId));
        Assert.Null(TestTokens.KeySet.Find(TestTokens.KeyId.ToUpperInvariant()));
        Assert.True(TestTokens.KeySet.Contains(TestTokens.Key.PublicKey));
        Assert.False(TestTokens.KeySet.Contains(TestTokens.ImpostorKey.PublicKey));
        Assert.Equal(2, TestTokens.KeySet.Count);
    }
}
