using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Tests;

/// <summary>A real token issued by Dialogporten's test environment (tt02) must verify with our verifier.</summary>
public sealed class DialogportenVectorTests
{
    private static readonly JsonElement Vector = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestVectors", "dialogporten-tt02.json"))).RootElement;
    private static readonly string Token = Vector.GetProperty("token").GetString()!;
    private static readonly DateTimeOffset ValidAt = Vector.GetProperty("validAt").GetDateTimeOffset();

    private static DialogTokenKeySet Keys()
    {
        Assert.True(DialogTokenJwk.TryReadKeySet(Vector.GetProperty("jwks").GetRawText(), out var keys, out var error), error);
        return keys;
    }

    private static DialogTokenVerifier Verifier(DateTimeOffset at, string? issuer = "https://platform.tt02.altinn.no/dialogporten/api/v1") =>
        new(Keys(), new DialogTokenValidationOptions { Issuer = issuer }, new FakeTimeProvider(at));

    [Fact]
    public void Verify_Accepts_RealDialogportenToken_AtValidAt()
    {
        var result = Verifier(ValidAt).Verify(Token, Guid.Parse("0194fe82-9280-77a5-a7cd-5ff0e6a6fa07"), new DialogAction("read"));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("dp-staging-240322-o5ymn", result.Token.KeyId);
        Assert.Equal(3, result.Token.AuthenticationLevel);
    }

    [Fact]
    public void Verify_JudgesTheRealToken_TheSameFromTheCache()
    {
        var verifier = Verifier(ValidAt);
        var dialogId = Guid.Parse("0194fe82-9280-77a5-a7cd-5ff0e6a6fa07");

        foreach (var _ in new[] { "uncached", "cached" })
        {
            Assert.True(verifier.Verify(Token, dialogId, new DialogAction("read", "main")).IsValid);
            Assert.Equal(DialogTokenError.ActionNotGranted, verifier.Verify(Token, dialogId, new DialogAction("write")).Error);
            Assert.Equal(DialogTokenError.ActionNotGranted, verifier.Verify(Token, dialogId, new DialogAction("read", "urn:altinn:subresource:foo")).Error);
            Assert.Equal(DialogTokenError.DialogMismatch, verifier.Verify(Token, Guid.Empty, new DialogAction("read")).Error);
        }

        Assert.Equal(1, verifier.CachedTokenCount);
    }

    [Fact]
    public void Read_DecodesTheRealToken_WithoutVerifying()
    {
        var read = DialogTokenReader.Read(Token);

        Assert.Equal(DialogTokenError.None, read.Error);
        Assert.Equal("""{"alg":"EdDSA","typ":"JWT","kid":"dp-staging-240322-o5ymn"}""", read.HeaderJson);
        Assert.Equal("dp-staging-240322-o5ymn", read.KeyId);
        Assert.Equal(Vector.GetProperty("expectedClaims").GetProperty("jti").GetString(), read.Claims?.JwtId);
    }

    [Fact]
    public void Verify_Rejects_RealToken_BeforeItsNbfMinusSkew()
    {
        var nbf = DateTimeOffset.FromUnixTimeSeconds(Vector.GetProperty("expectedClaims").GetProperty("nbf").GetInt64());

        Assert.True(Verifier(nbf - DialogTokenValidationOptions.DefaultClockSkew).Verify(Token).IsValid);
        Assert.Equal(DialogTokenError.TokenNotYetValid, Verifier(nbf - DialogTokenValidationOptions.DefaultClockSkew - TimeSpan.FromSeconds(1)).Verify(Token).Error);
    }

    [Fact]
    public void ReadClaims_Matches_ExpectedClaims()
    {
        var claims = Verifier(ValidAt).Verify(Token).Token.Claims;
        var expected = Vector.GetProperty("expectedClaims");

        Assert.Equal(expected.GetProperty("jti").GetString(), claims.JwtId);
        Assert.Equal(expected.GetProperty("c").GetString(), claims.AuthenticatedParty);
        Assert.Equal(expected.GetProperty("l").GetInt32(), claims.AuthenticationLevel);
        Assert.Equal(expected.GetProperty("p").GetString(), claims.Party);
        Assert.Equal(expected.GetProperty("s").GetString(), claims.ServiceResource);
        Assert.Equal(expected.GetProperty("i").GetGuid(), claims.DialogId);
        Assert.Equal(expected.GetProperty("a").GetString(), claims.Actions.ToString());
        Assert.Equal(expected.GetProperty("iss").GetString(), claims.Issuer);
        Assert.Equal(expected.GetProperty("iat").GetInt64(), claims.IssuedAt.ToUnixTimeSeconds());
        Assert.Equal(expected.GetProperty("nbf").GetInt64(), claims.NotBefore.ToUnixTimeSeconds());
        Assert.Equal(expected.GetProperty("exp").GetInt64(), claims.ExpiresAt.ToUnixTimeSeconds());
        Assert.Null(claims.SystemUserId);
        Assert.Null(claims.SupplierParty);
        Assert.Empty(claims.AdditionalClaims);
    }

    [Fact]
    public void Verify_Rejects_RealToken_OneSecondAfterExpiryPlusSkew()
    {
        var exp = DateTimeOffset.FromUnixTimeSeconds(Vector.GetProperty("expectedClaims").GetProperty("exp").GetInt64());

        var atLastSecond = Verifier(exp + DialogTokenValidationOptions.DefaultClockSkew - TimeSpan.FromSeconds(1)).Verify(Token);
        var afterSkew = Verifier(exp + DialogTokenValidationOptions.DefaultClockSkew + TimeSpan.FromSeconds(1)).Verify(Token);

        Assert.True(atLastSecond.IsValid, atLastSecond.ToString());
        Assert.Equal(DialogTokenError.TokenExpired, afterSkew.Error);
    }

    [Fact]
    public void Verify_Rejects_RealToken_WithTheOtherPublishedKeyId()
    {
        var keys = Keys();
        var other = keys.Find("dp-staging-240322-rju3g")!;
        var swapped = new DialogTokenKeySet([DialogTokenPublicKey.Create("dp-staging-240322-o5ymn", other.RawKey)]);

        var result = new DialogTokenVerifier(swapped, timeProvider: new FakeTimeProvider(ValidAt)).Verify(Token);

        Assert.Equal(DialogTokenError.SignatureInvalid, result.Error);
    }

    [Fact]
    public void Verify_Rejects_RealToken_ForAnotherIssuer()
    {
        var result = Verifier(ValidAt, "https://platform.altinn.no/dialogporten/api/v1").Verify(Token);

        Assert.Equal(DialogTokenError.IssuerInvalid, result.Error);
    }
}
