using System.Net;
using DialogTokens.AspNetCore.Tests.TestSupport;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DialogTokens.AspNetCore.Tests.Authentication;

/// <summary>Options are validated when the host starts, every problem at once; registering is safe to repeat.</summary>
public sealed class OptionsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_Fails_ListingEveryProblem()
    {
        await using var app = ProtectedApp.Build(new Dictionary<string, string?>
        {
            ["DialogToken:Validation:ClockSkew"] = "00:00:01.500",
            ["DialogToken:Discovery:MaxResponseBytes"] = "1",
            ["DialogToken:Discovery:MinimumRefreshInterval"] = "00:00:00",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Cancel));

        Assert.Contains("Authority", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClockSkew", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxResponseBytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("MinimumRefreshInterval", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Failures.Count());
        Assert.All(error.Failures, failure => Assert.StartsWith("Dialog token scheme 'DialogToken': ", failure, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_Fails_ForAnHttpAuthorityOffLoopback_UnlessAllowed()
    {
        await using var refused = ProtectedApp.Build(new Dictionary<string, string?> { ["DialogToken:Authority"] = "http://issuer.example" });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => refused.StartAsync(Cancel));
        Assert.Contains("Authority", Assert.Single(error.Failures), StringComparison.Ordinal);

        await using var allowed = ProtectedApp.Build(new Dictionary<string, string?>
        {
            ["DialogToken:Authority"] = IssuerAndApp.ClosedAddress().Replace("127.0.0.1", "localhost", StringComparison.Ordinal),
            ["DialogToken:AllowHttp"] = "true",
        });
        await allowed.StartAsync(Cancel);
        await allowed.StopAsync(Cancel);
    }

    [Fact]
    public async Task Configuration_BindsTheDocumentedSettings()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await ProtectedApp.StartAsync(new Dictionary<string, string?>
        {
            ["DialogToken:Authority"] = issuer.BaseAddress,
            ["DialogToken:Validation:ClockSkew"] = "00:00:30",
            ["DialogToken:Validation:CacheVerifiedTokens"] = "false",
            ["DialogToken:Discovery:MinimumRefreshInterval"] = "00:01:00",
        });

        var options = app.Services.GetRequiredService<IOptionsMonitor<DialogTokenAuthenticationOptions>>().Get(DialogTokenDefaults.AuthenticationScheme);

        Assert.Equal(new Uri(issuer.BaseAddress), options.Authority);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Validation.ClockSkew);
        Assert.False(options.Validation.CacheVerifiedTokens);
        Assert.Equal(TimeSpan.FromMinutes(1), options.Discovery.MinimumRefreshInterval);
        Assert.Equal(options.Authority, options.Discovery.Authority);
    }

    [Fact]
    public async Task Configuration_BindsTheLifetimeServiceResourceAndPartySettings()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await ProtectedApp.StartAsync(new Dictionary<string, string?>
        {
            ["DialogToken:Authority"] = issuer.BaseAddress,
            ["DialogToken:Validation:MaxTokenLifetime"] = "00:10:00",
            ["DialogToken:Validation:ServiceResource"] = FakeIssuer.ServiceResource,
            ["DialogToken:Validation:Party"] = FakeIssuer.Party,
        });

        var options = app.Services.GetRequiredService<IOptionsMonitor<DialogTokenAuthenticationOptions>>().Get(DialogTokenDefaults.AuthenticationScheme);

        Assert.Equal(TimeSpan.FromMinutes(10), options.Validation.MaxTokenLifetime);
        Assert.Equal(FakeIssuer.ServiceResource, options.Validation.ServiceResource);
        Assert.Equal(FakeIssuer.Party, options.Validation.Party);
    }

    [Fact]
    public async Task Configuration_BindsTheTokenLengthAndTheCacheSize_AndTheSchemeAppliesThem()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await ProtectedApp.StartAsync(new Dictionary<string, string?>
        {
            ["DialogToken:Authority"] = issuer.BaseAddress,
            ["DialogToken:Validation:MaxTokenLength"] = "256",
            ["DialogToken:Validation:VerifiedTokenCacheSize"] = "500",
        });
        var dialog = Guid.CreateVersion7();

        var response = await app.SendAsync(HttpMethod.Post, $"/dialogs/{dialog}/write", issuer.Issue(dialog, "write"));

        var options = app.Services.GetRequiredService<IOptionsMonitor<DialogTokenAuthenticationOptions>>().Get(DialogTokenDefaults.AuthenticationScheme);
        Assert.Equal(256, options.Validation.MaxTokenLength);
        Assert.Equal(500, options.Validation.VerifiedTokenCacheSize);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("token_too_large", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AllowOneHour_AndAnyServiceResourceAndParty()
    {
        var options = new DialogTokenAuthenticationOptions();

        Assert.Equal(TimeSpan.FromHours(1), options.Validation.MaxTokenLifetime);
        Assert.Null(options.Validation.ServiceResource);
        Assert.Null(options.Validation.Party);
    }

    [Fact]
    public async Task Start_Fails_ForALifetimeOutOfRange_AndAServiceResourceOrPartyNoTokenCanCarry()
    {
        await using var app = ProtectedApp.Build(new Dictionary<string, string?>
        {
            ["DialogToken:Authority"] = IssuerAndApp.ClosedAddress(),
            ["DialogToken:Validation:MaxTokenLifetime"] = "2.00:00:00",
            ["DialogToken:Validation:ServiceResource"] = "super-simple-service",
            ["DialogToken:Validation:Party"] = "991825827",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Cancel));

        Assert.Contains("MaxTokenLifetime", error.Message, StringComparison.Ordinal);
        Assert.Contains("ServiceResource", error.Message, StringComparison.Ordinal);
        Assert.Contains("Party", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Failures.Count());
    }

    [Fact]
    public async Task AddDialogToken_Twice_AddsOneScheme_AndStillWorks()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await ProtectedApp.StartAsync(issuer.BaseAddress, services: services =>
        {
            services.AddAuthentication().AddDialogToken();
            services.AddAuthentication().AddDialogToken(options => options.Validation.ClockSkew = TimeSpan.FromSeconds(20));
        });
        var dialog = Guid.CreateVersion7();

        var response = await app.SendAsync(HttpMethod.Post, $"/dialogs/{dialog}/write", issuer.Issue(dialog, "write"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schemes = await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync();
        Assert.Equal([DialogTokenDefaults.AuthenticationScheme], schemes.Select(s => s.Name));
        var options = app.Services.GetRequiredService<IOptionsMonitor<DialogTokenAuthenticationOptions>>().Get(DialogTokenDefaults.AuthenticationScheme);
        Assert.Equal(TimeSpan.FromSeconds(20), options.Validation.ClockSkew);
    }
}
