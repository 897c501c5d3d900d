using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Tests.EndToEnd;
using DialogTokens.DialogService.Tests.WellKnown;
using Microsoft.Extensions.DependencyInjection;

namespace DialogTokens.DialogService.Tests;

public sealed class CommandsTests
{
    [Fact]
    public async Task RotateKeys_AfterThePublishLeadTime_MakesTheNextKeySign_AndExitsZero()
    {
        await using var host = await DialogServiceTestHost.StartAsync(DialogServiceDatabaseProvider.Sqlite);
        var ring = host.Services.GetRequiredService<IDialogTokenKeyRing>();
        var before = ring.Current.KeyId;
        host.Time.Advance(DialogServiceTestHost.PublishLeadTime + TimeSpan.FromSeconds(1));
        using var output = new StringWriter();

        var exitCode = await DialogServiceCommands.RotateKeysAsync(host.Services, output);

        Assert.Equal(0, exitCode);
        var current = ring.Current.KeyId;
        Assert.NotEqual(before, current);
        Assert.Contains($"Key {current} signs from ", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(current, ring.Published.First().KeyId);
    }

    [Fact]
    public async Task RotateKeys_WithKeysFromConfiguration_IsRefused_AndExitsOne()
    {
        using var primary = DialogTokenSigningKey.Generate("configured-primary");
        using var secondary = DialogTokenSigningKey.Generate("configured-secondary");
        var settings = WellKnownTestHost.Configuration(primary, secondary);
        settings.Remove("DialogService:BaseUri"); // the host names its own port
        await using var host = await DialogServiceTestHost.StartAsync(DialogServiceDatabaseProvider.Sqlite, settings);
        host.Time.Advance(DialogServiceTestHost.PublishLeadTime + TimeSpan.FromSeconds(1));
        using var output = new StringWriter();

        var exitCode = await DialogServiceCommands.RotateKeysAsync(host.Services, output);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Rotation refused: ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("configuration", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("configured-primary", host.Services.GetRequiredService<IDialogTokenKeyRing>().Current.KeyId);
    }
}
