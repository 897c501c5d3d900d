namespace DialogTokens.Tests.Verification;

/// <summary>
/// service_resource_mismatch and party_mismatch: with <see cref="DialogTokenValidationOptions.ServiceResource"/> or
/// <see cref="DialogTokenValidationOptions.Party"/> set, a valid token for another service or party is refused, on the
/// first verification and from the cache. Both are 403 errors: the token is sound, it is for something else.
/// </summary>
public sealed class RecipientErrorTests
{
    private const string OtherResource = "urn:altinn:resource:another-service";
    private const string OtherParty = "urn:altinn:person:identifier-no:02056260016";

    [Theory]
    [InlineData(OtherResource)]
    [InlineData("urn:altinn:resource:super-simple-service2")]
    [InlineData("urn:altinn:resource:super-simple-servic")]
    [InlineData("URN:ALTINN:RESOURCE:SUPER-SIMPLE-SERVICE")]
    [InlineData("urn:altinn:resource:super-simple-service ")]
    public void Verify_Rejects_ATokenForAnotherServiceResource(string inToken)
    {
        var token = TestTokens.SignPayload(Payload.Valid().WithString("s", inToken).ToString());

        var result = ServiceVerifier().Verify(token, TestTokens.DialogId, new DialogAction("read"));

        VerifierAssert.Rejected(result, DialogTokenError.ServiceResourceMismatch, token);
        Assert.True(result.Error.IsForbidden());
        Assert.Contains(TestTokens.ServiceResource, result.ErrorDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_Accepts_TheConfiguredServiceResource_AlsoWhenEscaped()
    {
        var plain = TestTokens.Valid();
        var escaped = TestTokens.SignPayload(Payload.Valid().With("s", "\"urn:altinn:resource:super\\u002dsimple-service\"").ToString());

        VerifierAssert.Accepted(ServiceVerifier().Verify(plain));
        VerifierAssert.Accepted(ServiceVerifier().Verify(escaped));
    }

    [Fact]
    public void Verify_Accepts_AnyServiceResource_WhenNoneIsConfigured()
    {
        var token = TestTokens.SignPayload(Payload.Valid().WithString("s", OtherResource).ToString());

        VerifierAssert.Accepted(TestTokens.Verifier().Verify(token));
    }

    [Fact]
    public void Verify_Rejects_ATokenForAnotherParty()
    {
        var token = TestTokens.SignPayload(Payload.Valid().WithString("p", OtherParty).ToString());

        var result = TestTokens.Verifier(configure: o => o.Party = TestTokens.Organization).Verify(token);

        VerifierAssert.Rejected(result, DialogTokenError.PartyMismatch, token);
        Assert.True(result.Error.IsForbidden());
        VerifierAssert.Accepted(TestTokens.Verifier(configure: o => o.Party = TestTokens.Organization).Verify(TestTokens.Valid()));
    }

    [Fact]
    public void Verify_FromCache_StillRefusesAnotherServiceResourceAndParty()
    {
        var verifier = TestTokens.Verifier(configure: o =>
        {
            o.ServiceResource = TestTokens.ServiceResource;
            o.Party = TestTokens.Organization;
        });
        var otherResource = TestTokens.SignPayload(Payload.Valid().WithString("s", OtherResource).ToString());
        var otherParty = TestTokens.SignPayload(Payload.Valid().WithString("p", OtherParty).ToString());

        foreach (var _ in Enumerable.Range(0, 2))
        {
            VerifierAssert.Rejected(verifier.Verify(otherResource), DialogTokenError.ServiceResourceMismatch, otherResource);
            VerifierAssert.Rejected(verifier.Verify(otherParty), DialogTokenError.PartyMismatch, otherParty);
            VerifierAssert.Accepted(verifier.Verify(TestTokens.Valid()));
        }

        // Validly signed, so cached: the second round above was judged from the cache.
        Assert.Equal(3, verifier.CachedTokenCount);
    }

    [Fact]
    public void Verify_ChecksTheIssuer_BeforeTheServiceResource_AndTheServiceResource_BeforeTheDialog()
    {
        var wrongIssuer = TestTokens.SignPayload(Payload.Valid().WithString("s", OtherResource).WithString("iss", "https://other.example/api/v1").ToString());
        var wrongResource = TestTokens.SignPayload(Payload.Valid().WithString("s", OtherResource).ToString());

        VerifierAssert.Rejected(ServiceVerifier().Verify(wrongIssuer), DialogTokenError.IssuerInvalid, wrongIssuer);
        VerifierAssert.Rejected(ServiceVerifier().Verify(wrongResource, Guid.NewGuid(), new DialogAction("delete")), DialogTokenError.ServiceResourceMismatch, wrongResource);
    }

    [Fact]
    public void CheckServiceResource_IsTheSameExactComparison()
    {
        var claims = DialogTokenReader.Read(TestTokens.Valid()).Claims!;

        Assert.Null(claims.CheckServiceResource(TestTokens.ServiceResource));
        Assert.Equal(DialogTokenError.ServiceResourceMismatch, claims.CheckServiceResource(OtherResource)?.Error);
    }

    [Theory]
    [InlineData("urn:altinn:resource:", null)]
    [InlineData("super-simple-service", null)]
    [InlineData("urn:altinn:resource:a b", null)]
    [InlineData("urn:altinn:resource:a;b", null)]
    [InlineData(null, "991825827")]
    [InlineData(null, "urn:")]
    [InlineData(null, "urn:altinn:person:identifier-no:1 2")]
    public void Options_RefuseAServiceResourceOrPartyThatNoTokenCanCarry(string? serviceResource, string? party)
    {
        var options = new DialogTokenValidationOptions { ServiceResource = serviceResource, Party = party };

        var problem = Assert.Single(options.Validate());
        Assert.Contains(serviceResource is null ? "Party" : "ServiceResource", problem, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DialogTokenVerifier(TestTokens.KeySet, options));
    }

    private static DialogTokenVerifier ServiceVerifier() =>
        TestTokens.Verifier(configure: o => o.ServiceResource = TestTokens.ServiceResource);
}
