using DialogTokens.IdentityProvider;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the development OpenID provider.</summary>
public static class DevelopmentIdentityProviderServiceCollectionExtensions
{
    /// <summary>Adds the provider with options bound from <paramref name="configuration"/> (for example the
    /// <see cref="DevelopmentIdentityProviderOptions.SectionName"/> section).</summary>
    public static IServiceCollection AddDevelopmentIdentityProvider(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DevelopmentIdentityProviderOptions>().Bind(configuration);
        return services.AddDevelopmentIdentityProvider(static _ => { });
    }

    /// <summary>Adds the provider with options set by <paramref name="configure"/>. Safe to call twice.</summary>
    public static IServiceCollection AddDevelopmentIdentityProvider(
        this IServiceCollection services, Action<DevelopmentIdentityProviderOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<DevelopmentIdentityProviderOptions>().Configure(configure).ValidateOnStart();
        if (services.Any(descriptor => descriptor.ServiceType == typeof(TestTokenFactory)))
        {
            return services;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<
            IValidateOptions<DevelopmentIdentityProviderOptions>, DevelopmentIdentityProviderOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TestTokenFactory>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ServerOptionsSetup>();
        services.AddOpenIddict().AddServer(server =>
        {
            server.EnableDegradedMode();
            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            server.DisableAccessTokenEncryption();
            server.DisableScopeValidation();
            server.AddEphemeralEncryptionKey();
            server.AddEventHandler(ClientValidation.AuthorizationRequest);
            server.AddEventHandler(ClientValidation.TokenRequest);
            server.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .DisableTransportSecurityRequirement();
        });
        return services;
    }
}
