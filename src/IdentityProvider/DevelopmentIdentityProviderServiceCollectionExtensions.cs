using DialogTokens.IdentityProvider;
using Microsoft.EntityFrameworkCore;
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
        services.TryAddSingleton<IAuthorizationCodeRedemptions, InMemoryAuthorizationCodeRedemptions>();
        services.AddSingleton<TestTokenFactory>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ServerOptionsSetup>();
        services.AddCors();
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>, IdentityProviderCors.PolicySetup>();
        services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, IdentityProviderCors.StartupFilter>();
        services.AddOpenIddict().AddServer(server =>
        {
            server.EnableDegradedMode();
            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            server.DisableAccessTokenEncryption();
            server.DisableScopeValidation();

            // Without a database, codes are encrypted with a key that dies with the process, like the in-memory record of
            // their redemptions (AddDevelopmentIdentityProviderDatabase protects them with Data Protection instead).
            server.AddEphemeralEncryptionKey();
            server.AddEventHandler(IssuerUnderBasePath.Descriptor);
            server.AddEventHandler(ClientValidation.AuthorizationRequest);
            server.AddEventHandler(ClientValidation.TokenRequest);
            server.AddEventHandler(ClientValidation.EndSessionRequest);
            server.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .EnableUserInfoEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                .DisableTransportSecurityRequirement();
        });
        return services;
    }

    /// <summary>
    /// Makes authorization codes single-use across instances and restarts (RFC 6749 §4.1.2): each exchange is recorded
    /// in the database <paramref name="configureDatabase"/> opens, which every instance must share (table
    /// <c>identityprovider_redeemed_codes</c>, created on first use), and codes are protected with the host's ASP.NET Core
    /// Data Protection key ring instead of an ephemeral key, so that any instance can read a code another one issued,
    /// also after a restart. The key ring must therefore be persisted and shared too (<c>PersistKeysTo…</c> and one
    /// <c>SetApplicationName</c>). Without this call, redemptions are remembered in memory and codes die with the
    /// process: single-use on one instance. Safe to call twice.
    /// </summary>
    public static IServiceCollection AddDevelopmentIdentityProviderDatabase(
        this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configureDatabase)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configureDatabase);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(IDbContextFactory<IdentityProviderDbContext>)))
        {
            return services;
        }

        services.AddDbContextFactory<IdentityProviderDbContext>(configureDatabase);
        services.TryAddSingleton(TimeProvider.System);
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationCodeRedemptions, DatabaseAuthorizationCodeRedemptions>());
        services.AddDataProtection();
        services.AddOpenIddict().AddServer(server => server.UseDataProtection()
            // Access tokens stay JWTs: the dialog service and every other resource server verify them offline.
            .PreferDefaultAccessTokenFormat());
        return services;
    }
}
