using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.Tests.WellKnown;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Tests.Keys;

public sealed class ConfiguredKeysTests
{
    [Fact]
    public async Task ConfiguredKeys_PrimarySigns_BothArePublished_NoRotation()
    {
        using var primary = DialogTokenSigningKey.Generate("p1");
        using var secondary = DialogTokenSigningKey.Generate("s1");
        using var provider = Services(WellKnownTestHost.Configuration(primary, secondary));

        var ring = provider.GetRequiredService<IDialogTokenKeyRing>();
        Assert.Same(ring, provider.GetRequiredService<IDialogTokenSigningKeySource>());
        Assert.Equal("p1", ring.Current.KeyId);
        Assert.Equal(["p1", "s1"], ring.Published.Select(k => k.KeyId));
        var rotation = await ring.RotateNowAsync(TestContext.Current.CancellationToken);
        Assert.False(rotation.Succeeded);
    }

    [Fact]
    public void ConfiguredKeys_WithMismatchedHalves_FailValidation_WithoutEchoingKeys()
    {
        using var primary = DialogTokenSigningKey.Generate("p1");
        using var secondary = DialogTokenSigningKey.Generate("s1");
        var configuration = WellKnownTestHost.Configuration(primary, secondary);
        configuration["DialogService:SigningKeys:Primary:PublicComponent"] = configuration["DialogService:SigningKeys:Secondary:PublicComponent"];
        configuration.Remove("DialogService:SigningKeys:Secondary:Kid");
        using var provider = Services(configuration);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ConfiguredSigningKeysOptions>>().Value);
        Assert.Contains("DialogService:SigningKeys:Primary: PublicComponent is not the public key of PrivateComponent.", error.Failures);
        Assert.Contains(error.Failures, f => f.StartsWith("DialogService:SigningKeys:Secondary:", StringComparison.Ordinal));
        Assert.DoesNotContain(configuration["DialogService:SigningKeys:Primary:PrivateComponent"]!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDialogTokenKeys_IsSafeToCallTwice()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddDialogTokenKeys(configuration);
        var count = services.Count;
        services.AddDialogTokenKeys(configuration);
        Assert.Equal(count, services.Count);
    }

    [Fact]
    public void KeyRotationOptions_Defaults_AreValid_AndEveryProblemIsReported()
    {
        Assert.Empty(new KeyRotationOptions().Validate());
        var bad = new KeyRotationOptions { PublishLeadTime = TimeSpan.Zero, SigningPeriod = TimeSpan.Zero, TokenLifetime = TimeSpan.Zero, ClockSkewMargin = TimeSpan.FromDays(1), RefreshInterval = TimeSpan.Zero };
        Assert.Equal(6, bad.Validate().Count); // five ranges, and RefreshInterval not shorter than PublishLeadTime
    }

    private static ServiceProvider Services(Dictionary<string, string?> configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDialogTokenKeys(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        return services.BuildServiceProvider();
    }
}
