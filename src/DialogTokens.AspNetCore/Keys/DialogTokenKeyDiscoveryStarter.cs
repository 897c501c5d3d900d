using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DialogTokens.AspNetCore;

/// <summary>
/// Reads every dialog token scheme's keys when the host starts, so that the first request finds them. An issuer that is
/// down does not fail start-up: it is logged, discovery keeps retrying, and until a key set loads every token is
/// refused with <c>keys_unavailable</c>. Waits at most the discovery's fetch time-out.
/// </summary>
internal sealed partial class DialogTokenKeyDiscoveryStarter(
    IAuthenticationSchemeProvider schemeProvider, DialogTokenSchemes schemes, ILogger<DialogTokenKeyDiscoveryStarter> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var ours = (await schemeProvider.GetAllSchemesAsync().ConfigureAwait(false))
            .Where(s => s.HandlerType == typeof(DialogTokenAuthenticationHandler))
            .Select(s => StartAsync(s.Name, cancellationToken));
        await Task.WhenAll(ours).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task StartAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var scheme = schemes.Get(name);
            if (await scheme.Discovery.StartAsync(cancellationToken).ConfigureAwait(false))
            {
                LogKeysLoaded(logger, name, scheme.Discovery.MetadataAddress, scheme.Discovery.Current?.Count ?? 0);
            }
            else
            {
                LogNoKeys(logger, name, scheme.Discovery.MetadataAddress, scheme.Discovery.Status.LastError ?? "no answer");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStartFailed(logger, e, name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog token scheme '{Scheme}': {KeyCount} key(s) loaded from {MetadataAddress}.")]
    private static partial void LogKeysLoaded(ILogger logger, string scheme, Uri metadataAddress, int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialog token scheme '{Scheme}': no key set could be loaded from {MetadataAddress} ({Reason}); tokens are refused with keys_unavailable until the issuer answers, and discovery keeps retrying.")]
    private static partial void LogNoKeys(ILogger logger, string scheme, Uri metadataAddress, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dialog token scheme '{Scheme}': key discovery could not be started; tokens are refused until it is.")]
    private static partial void LogStartFailed(ILogger logger, Exception exception, string scheme);
}
