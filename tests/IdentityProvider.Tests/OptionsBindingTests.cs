using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DialogTokens.IdentityProvider.Tests;

public sealed class OptionsBindingTests
{
    [Fact]
    public void AddDevelopmentIdentityProvider_BindsConfiguration_AndIsSafeToCallTwice()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Idp:Audience"] = "my-audience",
            ["Idp:TokenLifetime"] = "00:05:00",
            ["Idp:PortalRedirectUris:0"] = "https://portal.example/callback",
            ["Idp:TestPersons:0:Name"] = "Test Testesen",
            ["Idp:TestPersons:0:Pid"] = "12345678901",
        });
        builder.Services.AddDevelopmentIdentityProvider(builder.Configuration.GetSection("Idp"));
        builder.Services.AddDevelopmentIdentityProvider(options => options.PortalClientId = "portal");
        using var app = builder.Build();

        var options = app.Services.GetRequiredService<IOptions<DevelopmentIdentityProviderOptions>>().Value;

        Assert.Equal("my-audience", options.Audience);
        Assert.Equal(TimeSpan.FromMinutes(5), options.TokenLifetime);
        Assert.Equal("portal", options.PortalClientId);
        Assert.Equal([new Uri("https://portal.example/callback")], options.PortalRedirectUris);
        Assert.Equal("12345678901", Assert.Single(options.TestPersons).Pid);
        Assert.Equal(DevelopmentIdentityProvider.DefaultPath, options.BasePath);
    }
}
