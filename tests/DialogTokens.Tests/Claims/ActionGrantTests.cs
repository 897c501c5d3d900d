namespace DialogTokens.Tests.Claims;

/// <summary>
/// Strict action semantics (DESIGN §3, Dialogporten issue #4043): the (action, attribute) pair must match; an action
/// without attribute needs a permit on the main resource; a bare attribute is a <c>urn:altinn:subresource:</c>.
/// Checked on the verifier's first (uncached) and second (cached) call, and on <see cref="AuthorizedActions"/>.
/// </summary>
public sealed class ActionGrantTests
{
    public static readonly TheoryData<string, string, string?, bool> Grants = new()
    {
        { "read;delete,urn:altinn:task:Task_1", "delete", null, false },
        { "read;delete,urn:altinn:task:Task_1", "delete", "main", false },
        { "read;delete,urn:altinn:task:Task_1", "delete", "urn:altinn:task:Task_1", true },
        { "read;delete,urn:altinn:task:Task_1", "delete", "urn:altinn:task:Task_2", false },
        { "read;delete,urn:altinn:task:Task_1", "delete", "Task_1", false },
        { "read;delete,urn:altinn:task:Task_1", "read", null, true },
        { "read;delete,urn:altinn:task:Task_1", "read", "urn:altinn:task:Task_1", false },
        { "write,urn:altinn:subresource:foo", "write", "foo", true },
        { "write,urn:altinn:subresource:foo", "write", "urn:altinn:subresource:foo", true },
        { "write,urn:altinn:subresource:foo", "write", null, false },
        { "write,urn:altinn:subresource:foo", "write", "main", false },
        { "write,urn:altinn:subresource:foo", "write", "bar", false },
        { "write,urn:altinn:subresource:foo", "write", "fo", false },
        { "write,urn:altinn:subresource:foo", "write", "foobar", false },
        { "write,urn:altinn:subresource:foo", "write", "urn:altinn:subresource:foobar", false },
        { "write,urn:altinn:subresource:foo", "write", "urn:altinn:task:foo", false },
        { "write,foo", "write", "urn:altinn:subresource:foo", true },
        { "write,foo", "write", "foo", true },
        { "write,foo", "write", null, false },
        { "read", "read", "main", true },
        { "read", "read", null, true },
        { "read", "read", "", true },
        { "read", "read", "foo", false },
        { "read", "Read", null, false },
        { "read", "rea", null, false },
        { "read", "reader", null, false },
        { "reader", "read", null, false },
        { "read", "write", null, false },
        { "", "read", null, false },
        { "", "read", "main", false },
        { "", "read", "foo", false },
        { "read;write", "write", null, true },
        { "read,main", "read", null, true },
        { "transmissionread,urn:altinn:subresource:sub1", "read", "urn:altinn:subresource:sub1", false },
        { "transmissionread,urn:altinn:subresource:sub1", "transmissionread", "sub1", true },
        { "read,urn:altinn:resource:other-svc", "read", "urn:altinn:resource:other-svc", true },
        { "read,urn:altinn:resource:other-svc", "read", null, false },
        { "sign,a,b", "sign", "a,b", true },
        { "sign,a,b", "sign", "a", false },
    };

    [Theory]
    [MemberData(nameof(Grants))]
    public void Verify_GrantsExactlyThePairsInTheClaim_UncachedAndCached(string claim, string action, string? attribute, bool granted)
    {
        var verifier = TestTokens.Verifier();
        var token = TestTokens.SignPayload(Payload.Valid().WithString("a", claim).ToString());
        var required = new DialogAction(action, attribute);

        var first = verifier.Verify(token, TestTokens.DialogId, required);
        Assert.Equal(1, verifier.CachedTokenCount);
        var second = verifier.Verify(token, TestTokens.DialogId, required);

        Assert.Equal(granted, first.IsValid);
        Assert.Equal(first.Error, second.Error);
        Assert.Equal(first.ErrorDescription, second.ErrorDescription);
        Assert.Equal(granted ? DialogTokenError.None : DialogTokenError.ActionNotGranted, first.Error);
    }

    [Theory]
    [MemberData(nameof(Grants))]
    public void IsGranted_AgreesWithTheVerifier(string claim, string action, string? attribute, bool granted)
    {
        var actions = AuthorizedActions.Parse(claim);

        Assert.Equal(granted, actions.IsGranted(action, attribute));
        Assert.Equal(granted, actions.IsGranted(new DialogAction(action, attribute)));
    }

    [Theory]
    [MemberData(nameof(Grants))]
    public void ClaimsCheckRequest_AgreesWithTheVerifier_CodeAndWords(string claim, string action, string? attribute, bool granted)
    {
        var token = TestTokens.SignPayload(Payload.Valid().WithString("a", claim).ToString());
        var required = new DialogAction(action, attribute);
        var verified = TestTokens.Verifier(configure: o => o.CacheVerifiedTokens = false).Verify(token, TestTokens.DialogId, required);
        var claims = DialogTokenReader.Read(token).Claims!;

        var refused = claims.CheckRequest(TestTokens.DialogId, required);

        Assert.Equal(granted, refused is null);
        Assert.Equal(verified.Error, refused?.Error ?? DialogTokenError.None);
        Assert.Equal(verified.ErrorDescription, refused?.ErrorDescription);
    }

    [Fact]
    public void ClaimsCheckRequest_RefusesAnotherDialog_BeforeTheActions()
    {
        var claims = DialogTokenReader.Read(TestTokens.Valid()).Claims!;
        var other = Guid.CreateVersion7();

        var refused = claims.CheckRequest(other, new DialogAction("sign"));

        Assert.Equal(DialogTokenError.DialogMismatch, refused?.Error);
        Assert.Equal($"The token is for dialog {TestTokens.DialogId}, not for dialog {other}.", refused?.ErrorDescription);
        Assert.Null(claims.CheckRequest(null, new DialogAction("read")));
    }

    [Fact]
    public void Verify_WithoutRequiredActions_AcceptsATokenThatGrantsNothing()
    {
        var token = TestTokens.SignPayload(Payload.Valid().WithString("a", "").ToString());

        Verification.VerifierAssert.Accepted(TestTokens.Verifier().Verify(token, TestTokens.DialogId));
    }

    [Fact]
    public void Verify_RequiresEveryAction_UncachedAndCached()
    {
        var verifier = TestTokens.Verifier();
        var token = TestTokens.SignPayload(Payload.Valid().WithString("a", "read;delete,urn:altinn:task:Task_1").ToString());
        DialogAction[] required = [new("read"), new("delete", "urn:altinn:task:Task_1"), new("delete")];

        var first = verifier.Verify(token, TestTokens.DialogId, required);
        var second = verifier.Verify(token, TestTokens.DialogId, required);

        Assert.Equal(DialogTokenError.ActionNotGranted, first.Error);
        Assert.Equal(DialogTokenError.ActionNotGranted, second.Error);
        Assert.True(verifier.Verify(token, TestTokens.DialogId, required[..2]).IsValid);
    }
}
