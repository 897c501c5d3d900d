using DialogTokens.Authorization;
using DialogTokens.DialogService.Dialogs.Seeding;

namespace DialogTokens.DialogService;

/// <summary>
/// Loads the seed file named by <c>DialogService:Seed</c> into the PDP's store, then the dialogs of
/// <c>DialogService:DialogSeed</c>. Only appsettings.Development.json names them (the demo world and its dialogs); in
/// any other environment nothing is seeded unless configuration names a file.
/// </summary>
internal static class DemoSeed
{
    public static async Task LoadAsync(WebApplication app)
    {
        var path = app.Configuration["DialogService:Seed"];
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        path = Path.Combine(AppContext.BaseDirectory, path); // a rooted path stays as it is
        await using var scope = app.Services.CreateAsyncScope();
        var result = await new SeedLoader(scope.ServiceProvider.GetRequiredService<IAuthorizationStore>()).LoadAsync(path);
        if (result.Problems.Count > 0)
        {
            // A bad seed is a configuration mistake: refuse to start rather than serve a half-made world.
            throw new InvalidOperationException($"The seed file '{path}' was not loaded: " + string.Join("; ", result.Problems));
        }

        if (app.Configuration["DialogService:DialogSeed"] is { Length: > 0 } dialogs)
        {
            dialogs = Path.Combine(AppContext.BaseDirectory, dialogs);
            var serviceProvider = app.Configuration["DialogService:DemoServiceProviderUri"] ?? "http://localhost:5090";
            await DialogSeed.LoadAsync(scope.ServiceProvider, dialogs, serviceProvider);
        }
    }
}
