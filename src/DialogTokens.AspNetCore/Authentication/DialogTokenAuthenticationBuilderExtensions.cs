using DialogTokens.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the dialog token authentication scheme.</summary>
public static class DialogTokenAuthenticationBuilderExtensions
{
    /// <summary>Adds the scheme <see cref="DialogTokenDefaults.AuthenticationScheme"/>, configured elsewhere (an authority is required).</summary>
    public static AuthenticationBuilder AddDialogToken(this AuthenticationBuilder builder) =>
        builder.AddDialogToken(DialogTokenDefaults.AuthenticationScheme, configureOptions: null);

    /// <summary>Adds the scheme <see cref="DialogTokenDefaults.AuthenticationScheme"/>, configured by <paramref name="configureOptions"/>.</summary>
    public static AuthenticationBuilder AddDialogToken(this AuthenticationBuilder builder, Action<DialogTokenAuthenticationOptions> configureOptions) =>
        builder.AddDialogToken(DialogTokenDefaults.AuthenticationScheme, configureOptions);

    /// <summary>
    /// Adds the scheme <see cref="DialogTokenDefaults.AuthenticationScheme"/> with options bound from
    /// <paramref name="configuration"/>, a section such as <c>builder.Configuration.GetSection("DialogToken")</c>
    /// (<c>{ "Authority": "https://platform.altinn.no/dialogporten" }</c>).
    /// </summary>
    public static AuthenticationBuilder AddDialogToken(this AuthenticationBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        builder.Services.AddOptions<DialogTokenAuthenticationOptions>(DialogTokenDefaults.AuthenticationScheme).Bind(configuration);
        return builder.AddDialogToken(DialogTokenDefaults.AuthenticationScheme, configureOptions: null);
    }

    /// <summary>
    /// Adds a dialog token scheme named <paramref name="authenticationScheme"/>: it verifies <c>Authorization: Bearer</c>
    /// tokens with keys discovered from the options' authority (fetched when the host starts, without failing start-up
    /// when the issuer is down), and answers a refused token with 401, an RFC 6750 challenge and a problem body. Also
    /// registers what <c>RequireDialogAction</c> needs (authorization and its requirement handler). Options are validated
    /// when the host starts, every problem at once. Safe to call more than once: a repeated call adds only its configuration.
    /// </summary>
    public static AuthenticationBuilder AddDialogToken(
        this AuthenticationBuilder builder, string authenticationScheme, Action<DialogTokenAuthenticationOptions>? configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(authenticationScheme);
        var services = builder.Services;
        AddSharedServices(services);

        if (services.Any(d => d.ServiceType == typeof(DialogTokenSchemeMarker) && !d.IsKeyedService
            && d.ImplementationInstance is DialogTokenSchemeMarker marker && marker.Scheme == authenticationScheme))
        {
            // AddScheme would throw on the second call when the options are first read.
            if (configureOptions is not null)
            {
                services.Configure(authenticationScheme, configureOptions);
            }

            return builder;
        }

        services.AddSingleton(new DialogTokenSchemeMarker(authenticationScheme));
        services.AddOptions<DialogTokenAuthenticationOptions>(authenticationScheme).ValidateOnStart();
        return builder.AddScheme<DialogTokenAuthenticationOptions, DialogTokenAuthenticationHandler>(authenticationScheme, displayName: null, configureOptions);
    }

    private static void AddSharedServices(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(DialogTokenSchemes)))
        {
            return;
        }

        services.AddSingleton<DialogTokenSchemes>();
        services.AddHttpClient(DialogTokenDefaults.HttpClientName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<DialogTokenAuthenticationOptions>, DialogTokenAuthenticationPostConfigure>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DialogTokenAuthenticationOptions>, DialogTokenAuthenticationOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DialogTokenKeyDiscoveryStarter>());

        // RequireDialogAction is authorization: a host that adds only authentication still gets the middleware's services.
        services.AddAuthorization();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, DialogActionAuthorizationHandler>());

        // An endpoint whose RequireDialogAction does not fit its route stops the host before it serves a request.
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, DialogActionRouteCheck>());
    }
}

/// <summary>Records that a scheme of this name was added, so that a second call does not add it again.</summary>
internal sealed record DialogTokenSchemeMarker(string Scheme);
