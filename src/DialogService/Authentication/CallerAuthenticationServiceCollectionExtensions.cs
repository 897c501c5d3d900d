using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Authentication;

/// <summary>Registers how the dialog service authenticates end users and service owners.</summary>
public static class CallerAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the JwtBearer schemes <see cref="CallerSchemes.EndUser"/> and <see cref="CallerSchemes.ServiceOwner"/>
    /// (issuer and keys always from the authority's discovery document) and the policies
    /// <see cref="CallerPolicies.EndUser"/>, <see cref="CallerPolicies.ServiceOwner"/> and
    /// <see cref="CallerPolicies.PolicyDecisionPoint"/> (the service-owner scheme, an organization, another scope), with options bound from
    /// <see cref="CallerAuthenticationOptions.SectionName"/> of <paramref name="configuration"/> and validated at
    /// start-up. A rejected token is answered with a 401 problem, a missing scope with a 403 problem, both with an
    /// RFC 6750 <c>WWW-Authenticate</c> challenge, and a token that names no organization where one is required with a
    /// 403 problem; this registers an <see cref="IAuthorizationMiddlewareResultHandler"/> for the 403s. A refused
    /// request's body is never read: the answer closes the connection instead of draining it. An authority left unset means the development identity provider of this process
    /// (<c>AddDevelopmentIdentityProvider</c>). Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddCallerAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        if (services.Any(d => d.ImplementationType == typeof(CallerJwtBearerOptionsSetup)))
        {
            return services;
        }

        services.AddOptions<CallerAuthenticationOptions>()
            .Bind(configuration.GetSection(CallerAuthenticationOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CallerAuthenticationOptions>, CallerAuthenticationOptionsValidator>());

        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, CallerJwtBearerOptionsSetup>();
        services.AddAuthentication()
            .AddJwtBearer(CallerSchemes.EndUser)
            .AddJwtBearer(CallerSchemes.ServiceOwner);

        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<CallerAuthenticationOptions>>((authorization, callers) =>
        {
            authorization.AddPolicy(CallerPolicies.EndUser, Policy(CallerSchemes.EndUser, callers.Value.EndUser.RequiredScope));
            authorization.AddPolicy(CallerPolicies.ServiceOwner, Policy(CallerSchemes.ServiceOwner, callers.Value.ServiceOwner.RequiredScope));
            authorization.AddPolicy(CallerPolicies.PolicyDecisionPoint,
                Policy(CallerSchemes.ServiceOwner, callers.Value.PolicyDecisionPointScope, new OrganizationCallerRequirement()));
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, CallerAuthorizationResultHandler>();
        return services;
    }

    private static AuthorizationPolicy Policy(string scheme, string scope, params IAuthorizationRequirement[] more) =>
        new AuthorizationPolicyBuilder(scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new ScopeRequirement(scope))
            .AddRequirements(more)
            .Build();
}
