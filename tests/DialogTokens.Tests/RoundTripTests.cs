using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public void Issue_ThenVerify_RoundTrips_EveryClaim()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        using var key = DialogTokenSigningKey.Generate(timeProvider: time);
        var issuer = new DialogTokenIssuer(key, new DialogTokenIssuerOptions { Issuer = "https://dialogs.example/api/v1" }, time);
        var dialogId = Guid.CreateVersion7();
        var token = issuer.Issue(new DialogTokenDescriptor
        {
            AuthenticatedParty = "urn:altinn:person:identifier-no:14886498226",
            AuthenticationLevel = 3,
            Party = "urn:altinn:organization:identifier-no:991825827",
            ServiceResource = "urn:altinn:resource:super-simple-service",
            DialogId = dialogId,
            Actions = AuthorizedActions.Parse("write;read;delete,urn:altinn:task:Task_1;transmissionread,urn:altinn:subresource:sub1"),
        });

        var verifier = new DialogTokenVerifier(new DialogTokenKeySet([key.PublicKey]), new() { Issuer = "https://dialogs.example/api/v1" }, time);
        var result = verifier.Verify(token, dialogId, new DialogAction("write"), new DialogAction("delete", "urn:altinn:task:Task_1"));

        Assert.True(result.IsValid, result.ToString());
        var claims = result.Token.Claims;
        Assert.Equal("delete,urn:altinn:task:Task_1;read;transmissionread,urn:altinn:subresource:sub1;write", claims.Actions.ToString());
        Assert.Equal(time.GetUtcNow().AddSeconds(600), claims.ExpiresAt);
        var read = DialogTokenReader.Read(token);
        Assert.StartsWith("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"dt-261125-", read.HeaderJson, StringComparison.Ordinal);
        Assert.StartsWith("{\"jti\":\"", read.PayloadJson, StringComparison.Ordinal);
        Assert.Contains("\"l\":3,\"p\":", read.PayloadJson, StringComparison.Ordinal);
        Assert.EndsWith($"\"iat\":{time.GetUtcNow().ToUnixTimeSeconds()},\"nbf\":{time.GetUtcNow().ToUnixTimeSeconds()},\"exp\":{time.GetUtcNow().ToUnixTimeSeconds() + 600}}}", read.PayloadJson, StringComparison.Ordinal);

        var again = verifier.Verify(token, dialogId, new DialogAction("delete"));
        Assert.Equal(DialogTokenError.ActionNotGranted, again.Error);
    }
}
