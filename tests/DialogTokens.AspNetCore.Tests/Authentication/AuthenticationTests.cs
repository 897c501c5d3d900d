using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using DialogTokens.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.AspNetCore.Tests.Authentication;

/// <summary>The scheme on the wire: a valid token signs in, every kind of bad token is a 401 with its code.</summary>
public sealed class AuthenticationTests(IssuerAndApp hosts) : IClassFixture<IssuerAndApp>
{
    private static readonly Guid Dialog = Guid.CreateVersion7();

    private FakeIssuer Issuer => hosts.Issuer;

    private ProtectedApp App => hosts.App;

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "malformed", "token_malformed" },
        { "encoding", "token_encoding_invalid" },
        { "too-large", "token_too_large" },
        { "alg-none", "algorithm_not_allowed" },
        { "unknown-key", "key_not_found" },
        { "tampered", "signature_invalid" },
        { "expired", "token_expired" },
        { "not-yet-valid", "token_not_yet_valid" },
        { "wrong-issuer", "issuer_invalid" },
        { "ten-years", "token_lifetime_too_long" },
        { "issued-in-future", "token_issued_in_future" },
    };

    [Fact]
    public async Task ValidToken_Answers200_AndTheHandlerReadsTheVerifiedToken()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", Issuer.Issue(Dialog, "read;write"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<Answer>(TestContext.Current.CancellationToken);
        Assert.Equal(new Answer(Dialog, FakeIssuer.Party, FakeIssuer.AuthenticatedParty, FakeIssuer.ServiceResource, 3, "read;write"), answer);
    }

    [Fact]
    public async Task ValidToken_SignsInItsClaims_NamedAsInTheToken()
    {
        var response = await App.SendAsync(HttpMethod.Get, $"/dialogs/{Dialog}/claims", Issuer.Issue(Dialog, "read"));

        var answer = await response.Content.ReadFromJsonAsync<ClaimsAnswer>(TestContext.Current.CancellationToken);
        Assert.NotNull(answer);
        Assert.Equal("DialogToken", answer.AuthenticationType);
        Assert.Equal(FakeIssuer.AuthenticatedParty, answer.Name);
        Assert.Equal(["jti", "c", "l", "p", "s", "i", "a", "iss"], answer.Claims.Select(c => c.Type));
        Assert.All(answer.Claims, claim => Assert.Equal(Issuer.Issuer, claim.Issuer));
        Assert.Equal(Dialog.ToString(), answer.Claims.Single(c => c.Type == "i").Value);
        Assert.Equal("3", answer.Claims.Single(c => c.Type == "l").Value);
    }

    [Fact]
    public async Task SameToken_IsAcceptedAgain()
    {
        var token = Issuer.Issue(Dialog, "read;write");

        var first = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", token);
        var second = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task NoAuthorizationHeader_Answers401_WithAPlainBearerChallenge()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write");

        await ProblemAssert.NoTokenAsync(response);
    }

    [Fact]
    public async Task AnotherScheme_Answers401_WithAPlainBearerChallenge()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", "dXNlcjpwYXNz", scheme: "Basic");

        await ProblemAssert.NoTokenAsync(response);
    }

    [Fact]
    public async Task BearerWithoutAToken_Answers401_TokenMissing()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", token: "");

        await ProblemAssert.RejectedAsync(response, "token_missing");
    }

    [Fact]
    public async Task BearerSchemeName_IsCaseInsensitive()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", Issuer.Issue(Dialog, "write"), scheme: "bearer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task BadToken_Answers401_WithItsCode_InTheChallengeAndTheBody(string kind, string code)
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", BadToken(kind));

        var problem = await ProblemAssert.RejectedAsync(response, code);
        Assert.DoesNotContain("eyJ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousEndpoint_IgnoresABadToken_AndSeesAGoodOne()
    {
        var bad = await App.SendAsync(HttpMethod.Get, "/anonymous", "abc");
        var good = await App.SendAsync(HttpMethod.Get, "/anonymous", Issuer.Issue(Dialog, "read"));
        var none = await App.SendAsync(HttpMethod.Get, "/anonymous");

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Empty(await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Dialog, await good.Content.ReadFromJsonAsync<Guid>(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
    }

    private string BadToken(string kind)
    {
        var valid = Issuer.Issue(Dialog, "write");
        var parts = valid.Split('.');
        return kind switch
        {
            "malformed" => "abc",
            "encoding" => $"{parts[0]}==.{parts[1]}.{parts[2]}",
            "too-large" => new string('a', 10_000),
            "alg-none" => $"{Encode("""{"alg":"none","typ":"JWT","kid":"test-signing"}""")}.{parts[1]}.",
            "unknown-key" => Issuer.Issue(Dialog, "write", key: Unpublished.Value),
            "tampered" => $"{parts[0]}.{parts[1]}.{Flip(parts[2])}",
            "expired" => Issuer.Issue(Dialog, "write", clock: new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1))),
            "not-yet-valid" => Issuer.Issue(Dialog, "write", clock: new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(1))),
            "wrong-issuer" => Issuer.Issue(Dialog, "write", issuer: "https://platform.tt02.altinn.no/dialogporten/api/v1"),
            "ten-years" => Issuer.IssueWithTimes(Dialog, "write", iat: Now, nbf: Now, exp: Now + (10L * 365 * 86_400)),
            "issued-in-future" => Issuer.IssueWithTimes(Dialog, "write", iat: Now + 3600, nbf: Now - 60, exp: Now + 3600 + 600),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static readonly Lazy<DialogTokenSigningKey> Unpublished = new(() => DialogTokenSigningKey.Generate("not-published"));

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    // A character in the middle of the signature: every bit there is significant, so the encoding stays canonical.
    private static string Flip(string signature)
    {
        var chars = signature.ToCharArray();
        chars[20] = chars[20] == 'A' ? 'B' : 'A';
        return new string(chars);
    }
}
