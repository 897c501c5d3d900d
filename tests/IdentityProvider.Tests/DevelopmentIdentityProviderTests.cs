namespace DialogTokens.IdentityProvider.Tests;

public sealed class DevelopmentIdentityProviderTests
{
    [Fact]
    public void DefaultPath_IsIdp() => Assert.Equal("/idp", DevelopmentIdentityProvider.DefaultPath);
}
