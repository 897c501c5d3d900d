using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Cors;

/// <summary>CORS for the end-user API only: the configured origins, bearer tokens, no credentials.</summary>
public static class EndUserCors
{
    /// <summary>The CORS policy's name.</summary>
    public const string PolicyName = "EndUser";

    /// <summary>The path the policy applies under; nothing else answers cross-origin requests.</summary>
    public static readonly PathString EndUserApi = "/api/v1/enduser";

    /// <summary>Binds <see cref="EndUserCorsOptions"/>, validated at start-up, and the policy built from them. Safe to call twice.</summary>
    public static IServiceCollection AddEndUserCors(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<EndUserCorsOptions>)))
        {
            return services;
        }

        services.AddOptions<EndUserCorsOptions>().Bind(configuration.GetSection(EndUserCorsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EndUserCorsOptions>, EndUserCorsOptionsValidator>();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<EndUserCorsOptions>>((cors, endUser) => cors.AddPolicy(PolicyName, policy => policy
                .WithOrigins([.. endUser.Value.EndUserOrigins])
                .WithMethods(HttpMethods.Get)
                // traceparent/tracestate: the portal names the trace of a user step (W3C Trace Context).
                .WithHeaders("Authorization", "Accept", "Accept-Language", "traceparent", "tracestate")
                .WithExposedHeaders("ETag", "WWW-Authenticate")
                .DisallowCredentials()
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    /// <summary>Applies the policy to requests under <see cref="EndUserApi"/>, preflights included, and to nothing else.</summary>
    public static IApplicationBuilder UseEndUserCors(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(EndUserApi), branch => branch.UseCors(PolicyName));
}

/// <summary>Reports every problem of <see cref="EndUserCorsOptions"/> at once, at start-up.</summary>
internal sealed class EndUserCorsOptionsValidator : IValidateOptions<EndUserCorsOptions>
{
    public ValidateOptionsResult Validate(string? name, EndUserCorsOptions options) =>
        options.Validate() is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
}
