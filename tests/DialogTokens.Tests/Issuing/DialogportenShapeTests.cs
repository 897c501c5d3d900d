using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Tests.Issuing;

/// <summary>
/// Our issuer, given the claims of the real tt02 token, must write the same header and payload, byte for byte: only the
/// signature differs, since we do not hold Dialogporten's private key.
/// </summary>
public sealed class DialogportenShapeTests
{
    private static readonly JsonElement Vector = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestVectors", "dialogporten-tt02.json"))).RootElement;
    private static readonly string RealToken = Vector.GetProperty("token").GetString()!;
    private static readonly JsonElement Expected = Vector.GetProperty("expectedClaims");

    [Fact]
    public void Issue_WithTheRealTokensClaims_WritesTheSameClaimNamesInTheSameOrder() =>
        Assert.Equal(IssuerTests.ClaimNames(RealToken), IssuerTests.ClaimNames(IssueLikeTheRealToken()));

    [Fact]
    public void Issue_WithTheRealTokensClaims_WritesTheSameHeaderAndPayloadBytes()
    {
        var ours = TestTokens.Parts(IssueLikeTheRealToken());
        var theirs = TestTokens.Parts(RealToken);

        Assert.Equal(theirs[0], ours[0]);
        Assert.Equal(theirs[1], ours[1]);
        Assert.NotEqual(theirs[2], ours[2]);
    }

    private static string IssueLikeTheRealToken()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(Expected.GetProperty("iat").GetInt64()));
        using var key = DialogTokenSigningKey.Import("dp-staging-240322-o5ymn", TestTokens.Seed(7));
        var issuer = new DialogTokenIssuer(key, new DialogTokenIssuerOptions { Issuer = Expected.GetProperty("iss").GetString()! }, time);
        return issuer.Issue(new DialogTokenDescriptor
        {
            JwtId = Expected.GetProperty("jti").GetGuid(),
            AuthenticatedParty = Expected.GetProperty("c").GetString()!,
            AuthenticationLevel = Expected.GetProperty("l").GetInt32(),
            Party = Expected.GetProperty("p").GetString()!,
            ServiceResource = Expected.GetProperty("s").GetString()!,
            DialogId = Expected.GetProperty("i").GetGuid(),
            Actions = AuthorizedActions.Parse(Expected.GetProperty("a").GetString()!),
        });
    }
}
