using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DialogTokens.Authorization;

/// <summary>Registers the EF Core authorization store and applies its migrations.</summary>
public static class AuthorizationStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EfAuthorizationStore"/> as the <see cref="IAuthorizationStore"/>, with
    /// <see cref="AuthorizationStoreOptions"/> bound from the section <see cref="AuthorizationStoreOptions.SectionName"/>
    /// of <paramref name="configuration"/> and validated at start-up. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddAuthorizationStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddAuthorizationStore(options => configuration.GetSection(AuthorizationStoreOptions.SectionName).Bind(options));
    }

    /// <summary>
    /// Registers <see cref="EfAuthorizationStore"/> as the <see cref="IAuthorizationStore"/>, with options set by
    /// <paramref name="configure"/> and validated at start-up (every problem listed). Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddAuthorizationStore(this IServiceCollection services, Action<AuthorizationStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<AuthorizationStoreOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthorizationStoreOptions>, AuthorizationStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new EfAuthorizationStore(
            new AuthorizationDbContextFactory(sp.GetRequiredService<IOptions<AuthorizationStoreOptions>>().Value),
            sp.GetRequiredService<TimeProvider>()));

        // Replace, not TryAdd: whoever asks for the EF store wants it even if another store was registered first.
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationStore>(sp => sp.GetRequiredService<EfAuthorizationStore>()));
        return services;
    }

    /// <summary>
    /// Creates or upgrades the authorization store's tables (<see cref="EfAuthorizationStore.MigrateAsync"/>).
    /// Call it at start-up, after building the host and before serving requests.
    /// </summary>
    public static Task MigrateAuthorizationDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<EfAuthorizationStore>().MigrateAsync(cancellationToken);
    }
}
