using DialogTokens.AspNetCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the dialog token key health check.</summary>
public static class DialogTokenHealthChecksBuilderExtensions
{
    /// <summary>
    /// Reports how the keys of the dialog token scheme <paramref name="scheme"/> are doing: <c>Healthy</c> with a fresh
    /// key set; <c>Degraded</c> while the last good keys are served past their lifetime, or after failed fetches (the
    /// description says why); <c>Unhealthy</c> when no key set was ever loaded, so that every token is refused. The
    /// data holds <c>metadataAddress</c>, <c>hasKeys</c>, <c>lastSuccess</c>, <c>lastFailure</c>, <c>lastError</c>,
    /// <c>expiresAt</c> and <c>consecutiveFailures</c>.
    /// </summary>
    public static IHealthChecksBuilder AddDialogTokenKeys(
        this IHealthChecksBuilder builder,
        string name = DialogTokenDefaults.HealthCheckName,
        string scheme = DialogTokenDefaults.AuthenticationScheme,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(scheme);
        return builder.Add(new HealthCheckRegistration(name, services => new DialogTokenKeysHealthCheck(services, scheme), failureStatus: null, tags));
    }
}
