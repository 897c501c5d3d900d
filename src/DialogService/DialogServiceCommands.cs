using DialogTokens.DialogService.Keys;

namespace DialogTokens.DialogService;

/// <summary>Operator commands run instead of the server: <c>dotnet run --project src/DialogService -- rotate-keys</c>.</summary>
internal static class DialogServiceCommands
{
    public const string RotateKeys = "rotate-keys";

    /// <summary>
    /// Makes the next key sign as early as its publish lead time allows, in the shared database; running instances pick
    /// it up at their next refresh. Exit code 0 when scheduled, 1 when refused (for example keys from configuration).
    /// </summary>
    public static async Task<int> RotateKeysAsync(IServiceProvider services, TextWriter output)
    {
        var ring = services.GetRequiredService<IDialogTokenKeyRing>();
        var result = await ring.RotateNowAsync();
        if (!result.Succeeded)
        {
            await output.WriteLineAsync("Rotation refused: " + result.Error);
            return 1;
        }

        await output.WriteLineAsync($"Key {result.KeyId} signs from {result.SignFrom:O}; running instances load it within their refresh interval.");
        return 0;
    }
}
