using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DialogTokens.AspNetCore;

/// <summary>
/// How a scheme's key discovery is doing: Healthy with a fresh key set; Degraded while the last good keys are served past
/// their lifetime, or after failed fetches; Unhealthy when no key set was ever loaded (every token is refused).
/// </summary>
internal sealed class DialogTokenKeysHealthCheck(IServiceProvider services, string scheme) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService(typeof(DialogTokenSchemes)) is not DialogTokenSchemes schemes
            || services.GetService(typeof(IAuthenticationSchemeProvider)) is not IAuthenticationSchemeProvider provider
            || await provider.GetSchemeAsync(scheme).ConfigureAwait(false) is not { } registered
            || registered.HandlerType != typeof(DialogTokenAuthenticationHandler))
        {
            return HealthCheckResult.Unhealthy($"No dialog token scheme '{scheme}' is registered (AddAuthentication().AddDialogToken(...)).");
        }

        var discovery = schemes.Get(scheme);
        var status = discovery.Discovery.Status;
        var now = discovery.TimeProvider.GetUtcNow();
        var data = Data(status, discovery.Discovery.MetadataAddress);
        if (!status.HasKeys)
        {
            return HealthCheckResult.Unhealthy(
                $"No key set was ever loaded from {discovery.Discovery.MetadataAddress}, so every dialog token is refused (keys_unavailable). "
                + $"Last error: {status.LastError ?? "none yet"}.", data: data);
        }

        if (status.IsStale(now))
        {
            return HealthCheckResult.Degraded(
                $"Serving the last good key set past its lifetime (due for refresh at {Iso(status.ExpiresAt)}), because the issuer "
                + $"could not be read {status.ConsecutiveFailures} time(s): {status.LastError}. Tokens signed by a new key will be refused.", data: data);
        }

        if (status.LastError is not null)
        {
            return HealthCheckResult.Degraded(
                $"The last {status.ConsecutiveFailures} fetch(es) of the issuer's keys failed: {status.LastError}. The key set is still "
                + $"within its lifetime (until {Iso(status.ExpiresAt)}).", data: data);
        }

        return HealthCheckResult.Healthy($"Key set loaded at {Iso(status.LastSuccess)}, fresh until {Iso(status.ExpiresAt)}.", data);
    }

    private static Dictionary<string, object> Data(DialogTokenKeyDiscoveryStatus status, Uri metadataAddress)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["metadataAddress"] = metadataAddress.ToString(),
            ["hasKeys"] = status.HasKeys,
            ["consecutiveFailures"] = status.ConsecutiveFailures,
        };
        Add(data, "lastSuccess", status.LastSuccess);
        Add(data, "lastFailure", status.LastFailure);
        Add(data, "expiresAt", status.ExpiresAt);
        if (status.LastError is not null)
        {
            data["lastError"] = status.LastError;
        }

        return data;
    }

    private static void Add(Dictionary<string, object> data, string key, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            data[key] = time;
        }
    }

    private static string Iso(DateTimeOffset? time) =>
        time?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "never";
}
