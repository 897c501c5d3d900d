using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace DialogTokens.Samples.ServiceProvider;

/// <summary>
/// CORS as the embed and write-action specs need it: the browser sends <c>Authorization</c> (and may send
/// <c>Accept-Language</c>, <c>Prefer</c>, <c>Content-Type: text/plain</c>, <c>traceparent</c>) and never cookies, so the preflight must allow
/// those headers, the methods GUI actions use, and only the configured origins.
/// </summary>
internal sealed class SampleCorsSetup(IOptions<SampleCorsOptions> cors) : IConfigureOptions<CorsOptions>
{
    public void Configure(CorsOptions options) =>
        options.AddDefaultPolicy(policy => policy
            .WithOrigins([.. cors.Value.AllowedOrigins])
            .WithMethods("GET", "POST", "DELETE")
            .WithHeaders("Authorization", "Accept", "Accept-Language", "Content-Type", "Prefer", "traceparent", "tracestate")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
}
