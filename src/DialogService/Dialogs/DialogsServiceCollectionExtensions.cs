using DialogTokens.DialogService.Dialogs.EndUser;
using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.Dialogs.ServiceOwner;
using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.Parties;
using DialogTokens.DialogService.WellKnown;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Dialogs;

/// <summary>Registers and maps the dialogs: storage, the service-owner and end-user APIs, and the token issuer.</summary>
public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Registers dialogs over the dialog service's database, validation from <c>DialogService:Validation</c>, and a
    /// <see cref="DialogTokenIssuer"/> signing with the key ring (issuer <see cref="WellKnown.IssuerAddress.Issuer"/>). Needs
    /// <see cref="DialogTokenKeysServiceCollectionExtensions.AddDialogTokenKeys"/>, a policy decision point and caller
    /// authentication. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(DialogStore)))
        {
            return services;
        }

        services.AddDialogTokenKeys(configuration);
        services.AddOptions<DialogValidationOptions>().Bind(configuration.GetSection(DialogValidationOptions.SectionName));
        services.TryAddSingleton<DialogStore>();
        services.TryAddSingleton(sp => new DialogRequestValidator(sp.GetRequiredService<IOptions<DialogValidationOptions>>().Value, sp.GetRequiredService<TimeProvider>()));

        // The use cases; transient, as the dialog authorizer they ask is (a typed HTTP client underneath when remote).
        services.TryAddTransient<GetDialog>();
        services.TryAddTransient<ListDialogs>();
        services.TryAddTransient<CreateDialog>();
        services.TryAddTransient<GetServiceOwnerDialog>();
        services.TryAddTransient<ReplaceDialog>();
        services.TryAddTransient<DeleteDialog>();
        services.TryAddSingleton(sp => new DialogTokenIssuerSource(
            sp.GetRequiredService<IDialogTokenKeyRing>(),
            sp.GetRequiredService<IssuerAddress>(),
            sp.GetRequiredService<KeyRotationOptions>(),
            sp.GetRequiredService<TimeProvider>()));

        // Signs with whichever key the ring holds at each call. Resolving it before the issuer address is known throws,
        // and that is not cached: the next resolution tries again.
        services.TryAddSingleton(sp => sp.GetRequiredService<IssuerAddress>().TryGetIssuer(out var issuer)
            ? new DialogTokenIssuer(
                sp.GetRequiredService<IDialogTokenKeyRing>(),
                new DialogTokenIssuerOptions { Issuer = issuer, Lifetime = sp.GetRequiredService<KeyRotationOptions>().TokenLifetime },
                sp.GetRequiredService<TimeProvider>())
            : throw new InvalidOperationException(IssuerAddress.UnknownReason));
        services.TryAddSingleton(sp => new DialogListTokens(sp.GetRequiredService<IDataProtectionProvider>()));
        return services;
    }

    /// <summary>Maps <c>/api/v1/serviceowner/dialogs</c>, <c>/api/v1/enduser/dialogs</c> and <c>/api/v1/enduser/parties</c>.</summary>
    public static IEndpointRouteBuilder MapDialogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapServiceOwnerDialogEndpoints();
        endpoints.MapEndUserDialogEndpoints();
        endpoints.MapEndUserPartyEndpoints();
        return endpoints;
    }
}
