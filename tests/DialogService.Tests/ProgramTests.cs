namespace DialogTokens.DialogService.Tests;

public sealed class ProgramTests
{
    [Fact]
    public void TheHost_IsAPublicEntryPoint() => Assert.True(typeof(Program).IsPublic);
}
