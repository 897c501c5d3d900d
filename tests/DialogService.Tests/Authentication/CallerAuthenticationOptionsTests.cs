using DialogTokens.DialogService.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Tests.Authentication;

public sealed class CallerAuthenticationOptionsTests
{
    [Fact]
    public void Options_HaveDocumentedDefaults_WhenSectionIsAbsent()
    {
        var options = Resolve(new Dictionary<string, string?>(), identityProvider: true);

        Assert.Null(options.EndUser.Authority);
        Assert.Equal("dialogporten", options.EndUser.Audience);
        Assert.Equal("digdir:dialogporten", options.EndUser.RequiredScope);
        Assert.True(options.EndUser.RequireHttpsMetadata);
        Assert.Null(options.ServiceOwner.Authority);
        Assert.Equal("dialogporten", options.ServiceOwner.Audience);
        Assert.Equal("digdir:dialogporten.serviceprovider", options.ServiceOwner.RequiredScope);
        Assert.True(options.ServiceOwner.RequireHttpsMetadata);
    }

    [Fact]
    public void Options_BindFromSection_KeepingDefaultsOfUnsetValues()
    {
        var options = Resolve(new Dictionary<string, string?>
        {
            ["DialogService:Authentication:EndUser:Authority"] = "https://idporten.example",
            ["DialogService:Authentication:ServiceOwner:RequiredScope"] = "altinn:serviceowner",
            ["DialogService:Authentication:ServiceOwner:RequireHttpsMetadata"] = "false",
        }, identityProvider: true);

        Assert.Equal("https://idporten.example", options.EndUser.Authority);
        Assert.Equal("digdir:dialogporten", options.EndUser.RequiredScope);
        Assert.Equal("altinn:serviceowner", options.ServiceOwner.RequiredScope);
        Assert.False(options.ServiceOwner.RequireHttpsMetadata);
        Assert.Equal("dialogporten", options.ServiceOwner.Audience);
    }

    [Fact]
    public void Validation_ReportsEveryProblemAtOnce()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(new Dictionary<string, string?>
        {
            ["DialogService:Authentication:EndUser:Authority"] = "not a uri",
            ["DialogService:Authentication:EndUser:RequiredScope"] = "two scopes",
            ["DialogService:Authentication:ServiceOwner:Authority"] = "http://maskinporten.example",
            ["DialogService:Authentication:ServiceOwner:RequiredScope"] = "",
        }, identityProvider: true));

        Assert.Collection(exception.Failures,
            f => Assert.StartsWith("DialogService:Authentication:EndUser:Authority must be an absolute http(s) URI", f, StringComparison.Ordinal),
            f => Assert.StartsWith("DialogService:Authentication:EndUser:RequiredScope must be one scope", f, StringComparison.Ordinal),
            f => Assert.StartsWith("DialogService:Authentication:ServiceOwner:Authority must use https", f, StringComparison.Ordinal),
            f => Assert.StartsWith("DialogService:Authentication:ServiceOwner:RequiredScope must be one scope", f, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/idp")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    public void Validation_AllowsHttp_ForLoopbackAuthorities(string authority)
    {
        var options = Resolve(new Dictionary<string, string?> { ["DialogService:Authentication:EndUser:Authority"] = authority }, identityProvider: true);

        Assert.Equal(authority, options.EndUser.Authority);
    }

    [Fact]
    public void Validation_AllowsHttp_WhenHttpsMetadataIsNotRequired()
    {
        var options = Resolve(new Dictionary<string, string?>
        {
            ["DialogService:Authentication:EndUser:Authority"] = "http://idp.internal",
            ["DialogService:Authentication:EndUser:RequireHttpsMetadata"] = "false",
        }, identityProvider: true);

        Assert.Equal("http://idp.internal", options.EndUser.Authority);
    }

    [Fact]
    public void Validation_RequiresAuthorities_WhenNoInProcessIdentityProviderIsRegistered()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(new Dictionary<string, string?>
        {
            ["DialogService:Authentication:ServiceOwner:Authority"] = "https://maskinporten.example",
        }, identityProvider: false));

        Assert.Equal(
            ["DialogService:Authentication:EndUser:Authority is required when the development identity provider is not registered (AddDevelopmentIdentityProvider)."],
            exception.Failures);
    }

    [Fact]
    public async Task Host_FailsToStart_WhenOptionsAreInvalid()
    {
        var app = CallerTestHost.Build(new Dictionary<string, string?>
        {
            ["DialogService:Authentication:EndUser:RequiredScope"] = "",
        }, registerTwice: false, out _);
        await using (app)
        {
            var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

            Assert.Contains("DialogService:Authentication:EndUser:RequiredScope", exception.Message, StringComparison.Ordinal);
        }
    }

    private static CallerAuthenticationOptions Resolve(Dictionary<string, string?> settings, bool identityProvider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (identityProvider)
        {
            services.AddDevelopmentIdentityProvider(static _ => { });
        }

        services.AddCallerAuthentication(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<CallerAuthenticationOptions>>().Value;
    }
}
