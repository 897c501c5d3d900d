namespace DialogTokens.Tests.Verification;

/// <summary>issuer_invalid, dialog_mismatch and action_not_granted: the token is sound but not for this issuer or request.</summary>
public sealed class RequestErrorTests
{
    public static readonly TheoryData<string, string> IssuerMismatches = new()
    {
        { TestTokens.IssuerUri, "https://other.example/api/v1" },
        { TestTokens.IssuerUri, TestTokens.IssuerUri + "/" },
        { TestTokens.IssuerUri + "/", TestTokens.IssuerUri },
        { TestTokens.IssuerUri, "https://dialogs.example" },
        { TestTokens.IssuerUri, "https://dialogs.example/api/v2" },
        { TestTokens.IssuerUri, "HTTPS://DIALOGS.EXAMPLE/api/v1" },
        { TestTokens.IssuerUri, "http://dialogs.example/api/v1" },
        { TestTokens.IssuerUri, "https://dialogs.example:443/api/v1" },
    };

    [Theory]
    [MemberData(nameof(IssuerMismatches))]
    public void Verify_Rejects_WhenIssuerDiffersFromConfigured(string configured, string inToken)
    {
        var token = TestTokens.SignPayload(Payload.Valid().WithString("iss", inToken).ToString());

        var result = TestTokens.Verifier(configure: o => o.Issuer = configured).Verify(token);

        VerifierAssert.Rejected(result, DialogTokenError.IssuerInvalid, token);
    }

    [Fact]
    public void Verify_Accepts_AnyIssuer_WhenNoneIsConfigured()
    {
        var token = TestTokens.SignPayload(Payload.Valid().WithString("iss", "https://other.example/api/v1").ToString());

        VerifierAssert.Accepted(TestTokens.Verifier(configure: o => o.Issuer = null).Verify(token));
    }

    [Fact]
    public void Verify_Accepts_EscapedIssuerThatEqualsConfigured()
    {
        var token = TestTokens.SignPayload(Payload.Valid().With("iss", "\"https:\\/\\/dialogs.example\\/api\\/v1\"").ToString());

        VerifierAssert.Accepted(TestTokens.Verifier().Verify(token));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Verify_Rejects_WhenTokenIsForAnotherDialog(bool secondCall)
    {
        var verifier = TestTokens.Verifier();
        var token = TestTokens.Valid();
        if (secondCall)
        {
            VerifierAssert.Accepted(verifier.Verify(token, TestTokens.DialogId));
        }

        var result = verifier.Verify(token, Guid.Parse("019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5c"), new DialogAction("read"));

        VerifierAssert.Rejected(result, DialogTokenError.DialogMismatch, token);
        Assert.True(result.Error.IsForbidden());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Verify_Rejects_WhenRequiredActionIsNotGranted(bool secondCall)
    {
        var verifier = TestTokens.Verifier();
        var token = TestTokens.Valid();
        if (secondCall)
        {
            VerifierAssert.Accepted(verifier.Verify(token, TestTokens.DialogId));
        }

        var result = verifier.Verify(token, TestTokens.DialogId, new DialogAction("read"), new DialogAction("delete"));

        VerifierAssert.Rejected(result, DialogTokenError.ActionNotGranted, token);
        Assert.Contains("'delete'", result.ErrorDescription, StringComparison.Ordinal);
        Assert.True(result.Error.IsForbidden());
    }

    [Fact]
    public void Verify_Rejects_WhenActionOnAttributeIsNotGranted()
    {
        var token = TestTokens.Valid();

        var result = TestTokens.Verifier().Verify(token, TestTokens.DialogId, new DialogAction("write", "urn:altinn:subresource:foo"));

        VerifierAssert.Rejected(result, DialogTokenError.ActionNotGranted, token);
        Assert.Contains("urn:altinn:subresource:foo", result.ErrorDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ChecksDialog_BeforeActions()
    {
        var token = TestTokens.Valid();

        var result = TestTokens.Verifier().Verify(token, Guid.NewGuid(), new DialogAction("delete"));

        VerifierAssert.Rejected(result, DialogTokenError.DialogMismatch, token);
    }

    [Fact]
    public void Verify_Accepts_WhenEveryRequiredActionIsGranted()
    {
        var result = TestTokens.Verifier().Verify(TestTokens.Valid(), TestTokens.DialogId, new DialogAction("read"), new DialogAction("write"));

        VerifierAssert.Accepted(result);
        Assert.Equal(TestTokens.DialogId, result.Token.DialogId);
        Assert.Equal(TestTokens.KeyId, result.Token.KeyId);
        Assert.Equal(3, result.Token.AuthenticationLevel);
        Assert.Equal(TestTokens.Now, result.Token.IssuedAt);
        Assert.Equal(TestTokens.Now, result.Token.NotBefore);
        Assert.Equal(TestTokens.Now.AddSeconds(600), result.Token.ExpiresAt);
    }
}
