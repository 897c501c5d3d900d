using DialogTokens.DialogService.Authentication;

namespace DialogTokens.DialogService.Tests.Authentication;

public sealed class InProcessAuthorityTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/idp")]
    [InlineData("http://localhost:5000", "http://localhost:5000/idp")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/idp")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/idp")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/idp")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/idp")]
    [InlineData("http://[::1]:8080", "http://[::1]:8080/idp")]
    public void From_ReplacesWildcardHosts_WithLoopback(string address, string authority)
    {
        Assert.Equal(authority, InProcessAuthority.From([address], "/idp"));
    }

    [Fact]
    public void From_PrefersHttp_OverHttps()
    {
        Assert.Equal("http://127.0.0.1:5000/login", InProcessAuthority.From(["https://[::]:5001", "http://[::]:5000"], "/login"));
    }

    [Fact]
    public void From_TakesHttps_WhenItIsTheOnlyAddress()
    {
        Assert.Equal("https://127.0.0.1:5001/idp", InProcessAuthority.From(["https://*:5001"], "/idp"));
    }

    [Fact]
    public void From_Throws_WhenTheServerHasNoAddress()
    {
        Assert.Throws<InvalidOperationException>(() => InProcessAuthority.From([], "/idp"));
    }
}
