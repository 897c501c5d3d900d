using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DialogTokens.Authorization;

/// <summary>Registers the policy decision point the dialog service asks: embedded, or remote over HTTP, by configuration alone.</summary>
public static class PolicyDecisionPointServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IXacmlPolicyDecisionPoint"/> (the <see cref="EmbeddedPolicyDecisionPoint"/>, a singleton
    /// over the registered <see cref="IAuthorizationStore"/>; or <see cref="HttpPolicyDecisionPoint"/>, over the
    /// <see cref="HttpClient"/> named <see cref="HttpClientName"/> and one process-wide access-token source, when <see cref="PolicyDecisionPointOptions.Mode"/> is Remote) and <see cref="IDialogAuthorizer"/>
    /// (<see cref="XacmlDialogAuthorizer"/> over it), with <see cref="PolicyDecisionPointOptions"/> bound from the
    /// section <paramref name="sectionName"/> of <paramref name="configuration"/> and validated at start-up.
    /// Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddPolicyDecisionPoint(this IServiceCollection services, IConfiguration configuration, string sectionName = PolicyDecisionPointOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(sectionName);
        return services.AddPolicyDecisionPoint(options => configuration.GetSection(sectionName).Bind(options));
    }

    /// <summary>
    /// Registers <see cref="IXacmlPolicyDecisionPoint"/> and <see cref="IDialogAuthorizer"/> as the other overload does,
    /// with options set by <paramref name="configure"/> (for example the <see cref="PolicyDecisionPointOptions.AccessTokenProvider"/>)
    /// and validated at start-up, every problem listed. Safe to call more than once; each call's
    /// <paramref name="configure"/> applies, in order.
    /// </summary>
    public static IServiceCollection AddPolicyDecisionPoint(this IServiceCollection services, Action<PolicyDecisionPointOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<PolicyDecisionPointOptions>().Configure(configure).ValidateOnStart();
        if (services.Any(d => d.ServiceType == typeof(PolicyDecisionPointMarker)))
        {
            return services;
        }

        services.AddSingleton<PolicyDecisionPointMarker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PolicyDecisionPointOptions>, PolicyDecisionPointOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A redirect of the authorize POST is a misconfiguration to see, not to follow (with the token).
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });

        // One token source per process, so that every client (transient, as a typed client is) shares the cached token.
        services.TryAddSingleton(sp => new PdpAccessTokenSource(
            sp.GetRequiredService<IOptions<PolicyDecisionPointOptions>>().Value,
            () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient(sp => new HttpPolicyDecisionPoint(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<PolicyDecisionPointOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<HttpPolicyDecisionPoint>>(),
            sp.GetRequiredService<PdpAccessTokenSource>()));

        // One embedded PDP per process: it caches parsed policies. Its store comes from AddAuthorizationStore (or any
        // store the host registers) and is resolved only in Embedded mode: a factory, so that a host in Remote mode
        // without a store still passes ValidateOnBuild.
        services.TryAddSingleton(sp => new EmbeddedPolicyDecisionPoint(
            sp.GetRequiredService<IAuthorizationStore>(), sp.GetService<ILogger<EmbeddedPolicyDecisionPoint>>()));
        services.TryAddTransient<IXacmlPolicyDecisionPoint>(sp =>
            sp.GetRequiredService<IOptions<PolicyDecisionPointOptions>>().Value.Mode == PolicyDecisionPointMode.Remote
                ? sp.GetRequiredService<HttpPolicyDecisionPoint>()
                : sp.GetRequiredService<EmbeddedPolicyDecisionPoint>());
        services.TryAddTransient<XacmlDialogAuthorizer>();
        services.TryAddSingleton(sp => new DialogDecisionCache(sp.GetRequiredService<IOptions<PolicyDecisionPointOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<IDialogAuthorizer, CachingDialogAuthorizer>();
        return services;
    }

    /// <summary>The name of the <see cref="HttpClient"/> that calls the remote PDP and its token URI (no redirects followed).</summary>
    public const string HttpClientName = "DialogTokens.PolicyDecisionPoint";

    /// <summary>Marks that the registrations were made, so a second call only adds its options.</summary>
    private sealed class PolicyDecisionPointMarker;
}
