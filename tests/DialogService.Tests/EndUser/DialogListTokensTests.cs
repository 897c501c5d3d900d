using System.Buffers.Text;
using DialogTokens.DialogService.Dialogs.EndUser;
using Microsoft.AspNetCore.DataProtection;

namespace DialogTokens.DialogService.Tests.EndUser;

/// <summary>
/// The end user's continuation token is sealed with Data Protection for one subject: its text tells nothing of the
/// position (the last dialog examined may be one the user may not read), only the key ring opens it, and it opens for
/// the subject it was given to only. Anything else, tampered with or spelled otherwise, is refused.
/// </summary>
public sealed class DialogListTokensTests
{
    private const string Kari = "urn:altinn:person:identifier-no:12858012307";
    private const string Siri = "urn:altinn:person:identifier-no:23919034521";

    private static readonly DialogListPosition Position = new(1_764_633_600_000, Guid.Parse("019ab84f-5c00-7a4f-94e6-2285d8e511d5"));

    private readonly DialogListTokens tokens = new(new EphemeralDataProtectionProvider());

    [Fact]
    public void Seal_ThenTryOpen_GivesThePositionBack_ToTheSameSubject()
    {
        var token = tokens.Seal(Position, Kari);

        Assert.True(tokens.TryOpen(token, Kari, out var position, out var problem), problem);
        Assert.Equal(Position, position);
        Assert.InRange(token.Length, 1, DialogListTokens.MaxLength);
    }

    [Fact]
    public void TheToken_RevealsNeitherTheDialogIdNorItsTime()
    {
        var token = tokens.Seal(Position, Kari);
        var plain = new byte[DialogListPosition.ByteLength];
        Position.WriteTo(plain);
        var bytes = Base64Url.DecodeFromChars(token);

        Assert.DoesNotContain(Base64Url.EncodeToString(Position.Id.ToByteArray(bigEndian: true)), token, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q", token, StringComparison.Ordinal);
        Assert.False(bytes.AsSpan().IndexOf(plain.AsSpan(9)) >= 0, "The id's bytes are in the token.");
        Assert.False(bytes.AsSpan().IndexOf(plain.AsSpan(1, 8)) >= 0, "The time's bytes are in the token.");
        Assert.False(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(Kari)) >= 0, "The subject is in the token.");
        Assert.NotEqual(token, tokens.Seal(Position, Kari));
    }

    [Fact]
    public void TryOpen_NeedsTheKeyRing()
    {
        var token = tokens.Seal(Position, Kari);
        var elsewhere = new DialogListTokens(new EphemeralDataProtectionProvider());

        Assert.False(elsewhere.TryOpen(token, Kari, out var position, out var problem));
        Assert.Null(position);
        Assert.Contains("continuation token", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryOpen_RefusesATokenOfAnotherPurpose()
    {
        var provider = new EphemeralDataProtectionProvider();
        var other = Base64Url.EncodeToString(provider.CreateProtector("DialogTokens.DialogService.Other").Protect(Base64Url.DecodeFromChars("AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q")));

        Assert.False(new DialogListTokens(provider).TryOpen(other, Kari, out _, out _));
    }

    [Fact]
    public void TryOpen_RefusesAnotherSubjectsToken_WithTheSameProblemAsAForgedOne()
    {
        var token = tokens.Seal(Position, Kari);

        Assert.False(tokens.TryOpen(token, Siri, out var position, out var replayed));
        Assert.Null(position);
        Assert.False(tokens.TryOpen("not-a-token", Siri, out _, out var forged));
        Assert.Equal(forged, replayed);
        Assert.False(tokens.TryOpen(token, Kari + "0", out _, out _));
        Assert.False(tokens.TryOpen(token, Kari[..^1], out _, out _));
    }

    [Fact]
    public void TryOpen_RefusesATamperedToken_AtEveryCharacter()
    {
        var token = tokens.Seal(Position, Kari);
        for (var i = 0; i < token.Length; i++)
        {
            var tampered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.False(tokens.TryOpen(tampered, Kari, out _, out _), $"A change at {i} went through.");
        }
    }

    [Fact]
    public void TryOpen_RefusesOtherSpellingsOfTheSameBytes()
    {
        // A subject whose token has unused trailing bits, so that a second spelling of the same bytes can be tried.
        // It also holds a '-' or '_', to spell in standard base64.
        var (subject, token) = Enumerable.Range(0, 256).Select(n => Kari + new string('x', n % 48)).Select(s => (s, tokens.Seal(Position, s)))
            .First(t => t.Item2.Length % 4 != 0 && t.Item2.AsSpan().IndexOfAny('-', '_') >= 0);
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var otherSpelling = token[..^1] + Alphabet[Alphabet.IndexOf(token[^1], StringComparison.Ordinal) ^ 1];

        Assert.True(tokens.TryOpen(token, subject, out _, out _));
        Assert.False(tokens.TryOpen(otherSpelling, subject, out _, out _));
        Assert.False(tokens.TryOpen(token + new string('=', 4 - (token.Length % 4)), subject, out _, out _));
        Assert.False(tokens.TryOpen(token.Replace('-', '+').Replace('_', '/'), subject, out _, out _));
        Assert.False(tokens.TryOpen(" " + token, subject, out _, out _));
        Assert.False(tokens.TryOpen(token[..10] + " " + token[10..], subject, out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q")]
    public void TryOpen_RefusesAnythingItDidNotSeal(string? token)
    {
        Assert.False(tokens.TryOpen(token, Kari, out var position, out var problem));
        Assert.Null(position);
        Assert.Contains("continuation token", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryOpen_RefusesATokenOverTheLengthCap_BeforeDecoding()
    {
        Assert.False(tokens.TryOpen(new string('A', DialogListTokens.MaxLength + 1), Kari, out _, out _));
    }
}
