namespace DialogTokens.Tests.Verification;

/// <summary>The error codes are a wire contract: stable strings, one per error, and a 401/403 split.</summary>
public sealed class ErrorCodeTests
{
    public static readonly TheoryData<DialogTokenError> EveryError = [.. Enum.GetValues<DialogTokenError>()];

    [Theory]
    [MemberData(nameof(EveryError))]
    public void ToCode_IsTheDocumentedSnakeCaseCode(DialogTokenError error)
    {
        var expected = error == DialogTokenError.None ? "none" : VerifierAssert.Codes[error];

        Assert.Equal(expected, error.ToCode());
        Assert.Matches("^[a-z]+(_[a-z]+)*$", error.ToCode());
    }

    [Fact]
    public void ToCode_IsDistinctForEveryError() =>
        Assert.Equal(Enum.GetValues<DialogTokenError>().Length, Enum.GetValues<DialogTokenError>().Select(e => e.ToCode()).Distinct().Count());

    [Fact]
    public void ToCode_Throws_ForAnUndefinedValue() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((DialogTokenError)999).ToCode());

    [Theory]
    [MemberData(nameof(EveryError))]
    public void IsForbidden_OnlyForAValidTokenThatIsForSomethingElse(DialogTokenError error) =>
        Assert.Equal(
            error is DialogTokenError.ServiceResourceMismatch or DialogTokenError.PartyMismatch or DialogTokenError.DialogMismatch or DialogTokenError.ActionNotGranted,
            error.IsForbidden());

    [Fact]
    public void DefaultResult_IsNotValid_AndHasNoToken()
    {
        var result = default(DialogTokenValidationResult);

        Assert.False(result.IsValid);
        Assert.Throws<InvalidOperationException>(() => result.Token);
    }

    [Fact]
    public void DefaultToken_CannotReadClaims() =>
        Assert.Throws<InvalidOperationException>(() => default(DialogToken).Claims);
}
