using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.WellKnown;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Keys;

/// <summary>Registers the dialog service's signing keys: the key ring, its rotation, and what the JWKS publishes.</summary>
public static class DialogTokenKeysServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDialogTokenKeyRing"/> (also as <see cref="IDialogTokenSigningKeySource"/>): keys from
    /// <c>DialogService:SigningKeys</c> when given, else a key ring stored in the database of <c>DialogService:Database</c>,
    /// rotated on the schedule of <c>DialogService:KeyRotation</c>, its private keys protected with ASP.NET Core Data
    /// Protection (persist its key ring where the host configures). Options are validated at start-up. Safe to call
    /// more than once. Call <see cref="MigrateDialogServiceDatabaseAsync"/> before the host starts.
    /// </summary>
    public static IServiceCollection AddDialogTokenKeys(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        if (services.Any(d => d.ServiceType == typeof(KeyRingStore)))
        {
            return services;
        }

        services.AddOptions<KeyRotationOptions>().Bind(configuration.GetSection(KeyRotationOptions.SectionName)).ValidateOnStart();
        services.AddOptions<ConfiguredSigningKeysOptions>().Bind(configuration.GetSection(ConfiguredSigningKeysOptions.SectionName)).ValidateOnStart();
        services.AddOptions<WellKnownOptions>().Bind(configuration.GetSection(WellKnownOptions.SectionName)).ValidateOnStart();
        services.AddOptions<DialogServiceDatabaseOptions>().Bind(configuration.GetSection(DialogServiceDatabaseOptions.SectionName)).ValidateOnStart();
        services.TryAddSingleton<IssuerAddress>();
        services.TryAddSingleton<OptionsSelfValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KeyRotationOptions>, OptionsSelfValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConfiguredSigningKeysOptions>, OptionsSelfValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WellKnownOptions>, OptionsSelfValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DialogServiceDatabaseOptions>, OptionsSelfValidator>());

        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DialogServiceDbContextFactory(sp.GetRequiredService<IOptions<DialogServiceDatabaseOptions>>().Value));
        services.TryAddSingleton(sp => new KeyRingStore(
            sp.GetRequiredService<DialogServiceDbContextFactory>(),
            sp.GetRequiredService<IDataProtectionProvider>(),
            sp.GetRequiredService<IOptions<KeyRotationOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<KeyRotationOptions>>().Value);
        services.TryAddSingleton<IDialogTokenKeyRing>(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<ConfiguredSigningKeysOptions>>().Value;
            return configured.IsConfigured
                ? new ConfiguredKeyRing(configured)
                : new StoredKeyRing(sp.GetRequiredService<KeyRingStore>(), sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<IDialogTokenSigningKeySource>(sp => sp.GetRequiredService<IDialogTokenKeyRing>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, KeyRingRefreshService>());
        return services;
    }

    /// <summary>Creates or upgrades the dialog service's tables. Call it after building the host, before starting it.</summary>
    public static Task MigrateDialogServiceDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<DialogServiceDbContextFactory>().MigrateAsync(cancellationToken);
    }
}
