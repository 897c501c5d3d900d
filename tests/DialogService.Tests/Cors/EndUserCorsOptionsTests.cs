using DialogTokens.DialogService.Cors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Tests.Cors;

/// <summary>The end-user API's allowed origins: exact origins only, every mistake reported at start-up.</summary>
public sealed class EndUserCorsOptionsTests
{
    public static TheoryData<string> NotOrigins => new(
        "*",
        "https://portal.example/",
        "https://portal.example/app",
        "https://portal.example?x=1",
        "https://portal.example#top",
        "https://user@portal.example",
        "https://portal.example:443",
        "ftp://portal.example",
        "portal.example",
        "/relative",
        "");

    [Theory]
    [InlineData("https://portal.example")]
    [InlineData("http://localhost:5173")]
    [InlineData("http://127.0.0.1:8080")]
    public void AnOrigin_IsValid(string origin)
    {
        var options = new EndUserCorsOptions();
        options.EndUserOrigins.Add(origin);

        Assert.Empty(options.Validate());
    }

    [Theory]
    [MemberData(nameof(NotOrigins))]
    public void AnythingButAnOrigin_IsRefused(string origin)
    {
        var options = new EndUserCorsOptions();
        options.EndUserOrigins.Add(origin);

        var error = Assert.Single(options.Validate());
        Assert.Contains($"'{origin}' is not an origin", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConfiguredOrigins_AreValidatedAsOptions_EveryErrorAtOnce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DialogService:Cors:EndUserOrigins:0"] = "https://portal.example",
            ["DialogService:Cors:EndUserOrigins:1"] = "https://portal.example/",
            ["DialogService:Cors:EndUserOrigins:2"] = "*",
        }).Build();
        using var services = new ServiceCollection().AddEndUserCors(configuration).AddEndUserCors(configuration).BuildServiceProvider();

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EndUserCorsOptions>>().Value);
        Assert.Equal(2, refused.Failures.Count(f => f.Contains("is not an origin", StringComparison.Ordinal)));
    }
}
