using System.Text.Json;

namespace DialogTokens.Tests.Issuing;

/// <summary>What the issuer writes: Dialogporten's header, claim order, times and token ids.</summary>
public sealed class IssuerTests
{
    [Fact]
    public void Issue_WritesExactlyDialogportensHeader()
    {
        var token = TestTokens.NewIssuer().Issue(TestTokens.Descriptor());

        Assert.Equal($$"""{"alg":"EdDSA","typ":"JWT","kid":"{{TestTokens.KeyId}}"}""", TestTokens.DecodePart(token, 0));
    }

    [Fact]
    public void Issue_WritesClaimsInDialogportensOrder()
    {
        var token = TestTokens.NewIssuer().Issue(TestTokens.Descriptor());

        Assert.Equal(["jti", "c", "l", "p", "s", "i", "a", "iss", "iat", "nbf", "exp"], ClaimNames(token));
    }

    [Fact]
    public void Issue_WritesSystemUserAndSupplierClaims_InTheirPlaces()
    {
        var descriptor = SystemUserDescriptor();

        var token = TestTokens.NewIssuer().Issue(descriptor);

        Assert.Equal(["jti", "c", "y", "o", "u", "l", "p", "s", "i", "a", "iss", "iat", "nbf", "exp"], ClaimNames(token));
        var claims = TestTokens.Verifier().Verify(token).Token.Claims;
        Assert.Equal(descriptor.SystemUserId, claims.SystemUserId);
        Assert.Equal(descriptor.SystemUserOrganization, claims.SystemUserOrganization);
        Assert.Equal(descriptor.SupplierParty, claims.SupplierParty);
    }

    [Fact]
    public void Issue_WritesSupplierWithoutSystemUser()
    {
        var descriptor = new DialogTokenDescriptor
        {
            AuthenticatedParty = TestTokens.Person,
            SupplierParty = "urn:altinn:organization:identifier-no:313725138",
            AuthenticationLevel = 4,
            Party = TestTokens.Organization,
            ServiceResource = TestTokens.ServiceResource,
            DialogId = TestTokens.DialogId,
            Actions = AuthorizedActions.Empty,
        };

        var token = TestTokens.NewIssuer().Issue(descriptor);

        Assert.Equal(["jti", "c", "u", "l", "p", "s", "i", "a", "iss", "iat", "nbf", "exp"], ClaimNames(token));
        Assert.Equal("", Payload(token).GetProperty("a").GetString());
    }

    [Fact]
    public void Issue_SetsIatAndNbfToNow_AndExpSixHundredSecondsLater()
    {
        var clock = TestTokens.Clock();
        clock.Advance(TimeSpan.FromMilliseconds(750));

        var payload = Payload(TestTokens.NewIssuer(clock).Issue(TestTokens.Descriptor()));

        Assert.Equal(TestTokens.NowSeconds, payload.GetProperty("iat").GetInt64());
        Assert.Equal(TestTokens.NowSeconds, payload.GetProperty("nbf").GetInt64());
        Assert.Equal(TestTokens.NowSeconds + 600, payload.GetProperty("exp").GetInt64());
        Assert.Equal(JsonValueKind.Number, payload.GetProperty("l").ValueKind);
        Assert.Equal(TestTokens.IssuerUri, payload.GetProperty("iss").GetString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    [InlineData(3600)]
    public void Issue_HonoursTheLifetimeOption(int seconds)
    {
        var options = new DialogTokenIssuerOptions { Issuer = TestTokens.IssuerUri, Lifetime = TimeSpan.FromSeconds(seconds) };

        var payload = Payload(new DialogTokenIssuer(TestTokens.Key, options, TestTokens.Clock()).Issue(TestTokens.Descriptor()));

        Assert.Equal(TestTokens.NowSeconds + seconds, payload.GetProperty("exp").GetInt64());
    }

    [Fact]
    public void Issue_WritesANewRandomUuidJti_PerToken()
    {
        var issuer = TestTokens.NewIssuer();

        // More tokens than one refill of the generator's buffer of 64 ids.
        var ids = Enumerable.Range(0, 200).Select(_ => Payload(issuer.Issue(TestTokens.Descriptor())).GetProperty("jti").GetString()!).ToList();

        Assert.All(ids, id =>
        {
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
            Assert.Equal(4, Guid.Parse(id).Version);
        });
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Issue_WritesTheGivenJti()
    {
        var jti = Guid.Parse("38cfdcb9-388b-47b8-a1bf-9f15b2819894");
        var descriptor = new DialogTokenDescriptor
        {
            JwtId = jti,
            AuthenticatedParty = TestTokens.Person,
            AuthenticationLevel = 0,
            Party = TestTokens.Person,
            ServiceResource = TestTokens.ServiceResource,
            DialogId = TestTokens.DialogId,
            Actions = AuthorizedActions.Parse("read"),
        };

        Assert.Equal(jti.ToString(), Payload(TestTokens.NewIssuer().Issue(descriptor)).GetProperty("jti").GetString());
    }

    [Fact]
    public void Issue_WritesActionsSorted()
    {
        var descriptor = TestTokens.Descriptor("write;transmissionread,urn:altinn:subresource:sub1;read;delete,urn:altinn:task:Task_1");

        var payload = Payload(TestTokens.NewIssuer().Issue(descriptor));

        Assert.Equal("delete,urn:altinn:task:Task_1;read;transmissionread,urn:altinn:subresource:sub1;write", payload.GetProperty("a").GetString());
    }

    [Fact]
    public void Issue_SignsWithTheSourcesCurrentKey()
    {
        var source = new SwappableSigningKeySource(TestTokens.Key);
        var issuer = new DialogTokenIssuer(source, new DialogTokenIssuerOptions { Issuer = TestTokens.IssuerUri }, TestTokens.Clock());

        var first = issuer.Issue(TestTokens.Descriptor());
        source.Current = TestTokens.SecondKey;
        var second = issuer.Issue(TestTokens.Descriptor());

        Assert.Equal(TestTokens.KeyId, TestTokens.Verifier().Verify(first).Token.KeyId);
        Assert.Equal(TestTokens.SecondKey.KeyId, TestTokens.Verifier().Verify(second).Token.KeyId);
    }

    [Fact]
    public void Issue_EscapesLikeSystemTextJson_AndTheVerifierReadsItBack()
    {
        var descriptor = new DialogTokenDescriptor
        {
            AuthenticatedParty = "urn:altinn:person:idporten-email:ærlig+test@example.no",
            AuthenticationLevel = 0,
            Party = "urn:altinn:person:idporten-email:ærlig+test@example.no",
            ServiceResource = "urn:altinn:resource:app_ttd_<script>",
            DialogId = TestTokens.DialogId,
            Actions = AuthorizedActions.Parse("read,urn:altinn:subresource:\"quoted\""),
        };

        var token = TestTokens.NewIssuer().Issue(descriptor);
        var json = TestTokens.DecodePart(token, 1);
        var claims = TestTokens.Verifier().Verify(token, TestTokens.DialogId, new DialogAction("read", "\"quoted\"")).Token.Claims;

        Assert.Contains("\\u00E6rlig\\u002Btest", json, StringComparison.Ordinal);
        Assert.Equal(descriptor.AuthenticatedParty, claims.AuthenticatedParty);
        Assert.Equal(descriptor.ServiceResource, claims.ServiceResource);
        Assert.Equal(descriptor.Actions, claims.Actions);
    }

    [Fact]
    public void Issue_IsThreadSafe()
    {
        var issuer = TestTokens.NewIssuer();
        var verifier = TestTokens.Verifier(configure: o => o.CacheVerifiedTokens = false);
        var tokens = new System.Collections.Concurrent.ConcurrentBag<(Guid DialogId, string Token)>();

        Parallel.For(0, 500, i =>
        {
            var dialogId = Guid.CreateVersion7();
            tokens.Add((dialogId, issuer.Issue(TestTokens.Descriptor(i % 2 == 0 ? "read" : "read;write", dialogId))));
        });

        Assert.All(tokens, t => Assert.True(verifier.Verify(t.Token, t.DialogId, new DialogAction("read")).IsValid));
        Assert.Equal(500, tokens.Select(t => Payload(t.Token).GetProperty("jti").GetString()).Distinct().Count());
    }

    internal static JsonElement Payload(string token) => JsonDocument.Parse(TestTokens.DecodePart(token, 1)).RootElement;

    internal static List<string> ClaimNames(string token) => [.. Payload(token).EnumerateObject().Select(p => p.Name)];

    private static DialogTokenDescriptor SystemUserDescriptor() => new()
    {
        AuthenticatedParty = "urn:altinn:organization:identifier-no:991825827",
        SystemUserId = "urn:altinn:systemuser:uuid:5c0a0a8c-7c57-4d8d-9b39-2c8b2a0e6a51",
        SystemUserOrganization = "urn:altinn:organization:identifier-no:991825827",
        SupplierParty = "urn:altinn:organization:identifier-no:313725138",
        AuthenticationLevel = 3,
        Party = TestTokens.Organization,
        ServiceResource = TestTokens.ServiceResource,
        DialogId = TestTokens.DialogId,
        Actions = AuthorizedActions.Parse("read"),
    };

    private sealed class SwappableSigningKeySource(DialogTokenSigningKey current) : IDialogTokenSigningKeySource
    {
        public DialogTokenSigningKey Current { get; set; } = current;
    }
}
