namespace DialogTokens.AspNetCore;

/// <summary>What one dialog token scheme verifies with: its key discovery, the validator over it, and its clock.</summary>
internal sealed class DialogTokenScheme(DialogTokenKeyDiscovery discovery, DialogTokenValidator validator, TimeProvider timeProvider, HttpClient httpClient)
    : IAsyncDisposable, IDisposable
{
    public DialogTokenKeyDiscovery Discovery { get; } = discovery;

    public DialogTokenValidator Validator { get; } = validator;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public async ValueTask DisposeAsync()
    {
        await Discovery.DisposeAsync().ConfigureAwait(false);
        httpClient.Dispose();
    }

    public void Dispose()
    {
        Discovery.Dispose();
        httpClient.Dispose();
    }
}
