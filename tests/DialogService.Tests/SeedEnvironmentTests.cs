using DialogTokens.Authorization;
using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace DialogTokens.DialogService.Tests;

/// <summary>The demo world is for Development: elsewhere only a seed named in configuration is loaded.</summary>
public sealed class SeedEnvironmentTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Production_StartsWithoutTheDemoWorld()
    {
        await using var host = await StartAsync("Production");

        var store = host.Services.GetRequiredService<IAuthorizationStore>();
        Assert.Empty(await store.ListResourcesAsync(Cancel));
        Assert.Null(await store.FindPartyAsync(new PartyLookup(AltinnXacml.PersonIdentifier, DemoWorld.Kari), Cancel));
        Assert.Null(await host.Services.GetRequiredService<DialogStore>().FindAsync(Guid.Parse(StartupBanner.DemoDialogId), Cancel));
    }

    [Fact]
    public async Task Production_LoadsASeed_OnlyWhenConfigurationNamesIt()
    {
        await using var host = await StartAsync("Production", ("DialogService:Seed", "seed/seed.json"));

        var store = host.Services.GetRequiredService<IAuthorizationStore>();
        Assert.NotNull(await store.FindResourceAsync("demo-mva-melding", Cancel));
        Assert.NotNull(await store.FindPartyAsync(new PartyLookup(AltinnXacml.PersonIdentifier, DemoWorld.Kari), Cancel));
    }

    [Fact]
    public async Task Development_LoadsTheDemoWorld_AndItsDialogs()
    {
        await using var host = await StartAsync("Development");

        Assert.NotNull(await host.Services.GetRequiredService<IAuthorizationStore>().FindResourceAsync("demo-mva-melding", Cancel));
        Assert.NotNull(await host.Services.GetRequiredService<DialogStore>().FindAsync(Guid.Parse(StartupBanner.DemoDialogId), Cancel));
    }

    private static Task<ProgramHost> StartAsync(string environment, params (string Key, string? Value)[] settings) => Task.FromResult(ProgramHost.Start(
        environment,
        [
            ("DialogService:BaseUri", "http://127.0.0.1"),

            // Outside Development there is no identity provider in the process; these are never asked here.
            ("DialogService:Authentication:EndUser:Authority", "http://127.0.0.1:9/idporten"),
            ("DialogService:Authentication:ServiceOwner:Authority", "http://127.0.0.1:9/maskinporten"),
            .. settings,
        ]));
}
