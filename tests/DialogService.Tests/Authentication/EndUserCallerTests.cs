using System.Security.Claims;
using DialogTokens.DialogService.Authentication;

namespace DialogTokens.DialogService.Tests.Authentication;

public sealed class EndUserCallerTests
{
    private const string Pid = "12345678901";

    public static TheoryData<string, int> KnownAcr => new()
    {
        { "idporten-loa-low", 0 },
        { "idporten-loa-substantial", 3 },
        { "idporten-loa-high", 4 },
        { "Level3", 3 },
        { "Level4", 4 },
        { "level0", 0 },
        { "LEVEL2", 2 },
    };

    [Theory]
    [MemberData(nameof(KnownAcr))]
    public void TryRead_MapsAcr_ToAuthenticationLevel(string acr, int level)
    {
        Assert.True(EndUserCaller.TryRead(Principal(("pid", Pid), ("acr", acr)), out var caller, out var problem), problem);

        Assert.Equal(new EndUserCaller(Pid, level), caller);
        Assert.Equal("urn:altinn:person:identifier-no:" + Pid, caller.Subject);
    }

    [Theory]
    [InlineData("idporten-loa-medium")]
    [InlineData("Level5")]
    [InlineData("level")]
    [InlineData("IDPORTEN-LOA-HIGH")]
    [InlineData("")]
    public void TryRead_Fails_WhenAcrIsUnknown(string acr)
    {
        Assert.False(EndUserCaller.TryRead(Principal(("pid", Pid), ("acr", acr)), out _, out var problem));

        Assert.Contains("acr", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_Fails_WhenAcrIsMissing()
    {
        Assert.False(EndUserCaller.TryRead(Principal(("pid", Pid)), out _, out var problem));

        Assert.Equal("The token has no acr claim.", problem);
    }

    [Fact]
    public void TryRead_PrefersAltinnAuthenticationLevel_OverAcr()
    {
        Assert.True(EndUserCaller.TryRead(
            Principal(("pid", Pid), ("acr", "idporten-loa-high"), ("urn:altinn:authlevel", "2")), out var caller, out var problem), problem);

        Assert.Equal(2, caller.AuthenticationLevel);
    }

    [Fact]
    public void TryRead_UsesAltinnAuthenticationLevel_WithoutAcr()
    {
        Assert.True(EndUserCaller.TryRead(Principal(("pid", Pid), ("urn:altinn:authlevel", "4")), out var caller, out var problem), problem);

        Assert.Equal(4, caller.AuthenticationLevel);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("-1")]
    [InlineData("three")]
    [InlineData(" 3")]
    public void TryRead_Fails_WhenAltinnAuthenticationLevelIsNotZeroToFour(string value)
    {
        Assert.False(EndUserCaller.TryRead(
            Principal(("pid", Pid), ("acr", "idporten-loa-high"), ("urn:altinn:authlevel", value)), out _, out var problem));

        Assert.Contains("urn:altinn:authlevel", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1234567890")]
    [InlineData("123456789012")]
    [InlineData("1234567890x")]
    [InlineData("١٢٣٤٥٦٧٨٩٠١")]
    public void TryRead_Fails_WhenPidIsNotElevenDigits(string pid)
    {
        Assert.False(EndUserCaller.TryRead(Principal(("pid", pid), ("acr", "idporten-loa-high")), out _, out var problem));

        Assert.Equal("The token's pid is not 11 digits.", problem);
    }

    [Fact]
    public void TryRead_Fails_WhenPidIsMissing()
    {
        Assert.False(EndUserCaller.TryRead(Principal(("acr", "idporten-loa-high")), out _, out var problem));

        Assert.Equal("The token has no pid claim.", problem);
    }

    [Fact]
    public void TryRead_Fails_WhenPidIsAmbiguous()
    {
        Assert.False(EndUserCaller.TryRead(
            Principal(("pid", Pid), ("pid", "10987654321"), ("acr", "idporten-loa-high")), out _, out var problem));

        Assert.Equal("The token has more than one pid claim.", problem);
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));
}
