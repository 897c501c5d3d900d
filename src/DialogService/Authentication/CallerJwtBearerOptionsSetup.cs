using DialogTokens.IdentityProvider;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Authentication;

/// <summary>
/// Configures the two caller schemes from <see cref="CallerAuthenticationOptions"/>. JwtBearer creates its options on
/// first use, after the server listens, so the in-process authority can come from the actual address (also port 0).
/// Runs as a configure step, before JwtBearer's own post-configure turns the authority into a metadata address.
/// </summary>
internal sealed class CallerJwtBearerOptionsSetup(IOptions<CallerAuthenticationOptions> callers, IServiceProvider services)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (callers.Value.ForScheme(name) is not { } tokens)
        {
            return;
        }

        var inProcess = tokens.Authority is null;
        var authority = tokens.Authority ?? InProcessAuthorityOfServer();
        options.Authority = authority;

        // Loopback (and this process calling itself) needs no https: the metadata never crosses a network.
        options.RequireHttpsMetadata = tokens.RequireHttpsMetadata && !inProcess && !new Uri(authority).IsLoopback;

        // Claims arrive as the issuer named them: pid, acr, consumer, scope.
        options.MapInboundClaims = false;
        options.IncludeErrorDetails = true;
        options.SaveToken = false;
        var validation = options.TokenValidationParameters;
        validation.ValidateIssuer = true;
        validation.ValidateLifetime = true;
        validation.RequireExpirationTime = true;
        validation.RequireSignedTokens = true;
        validation.ValidateIssuerSigningKey = true;
        var clock = services.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        validation.LifetimeValidator = (notBefore, expires, _, parameters) => CallerTokenLifetime.Validate(notBefore, expires, parameters, clock);
        validation.ValidateAudience = !string.IsNullOrEmpty(tokens.Audience);
        validation.ValidAudience = string.IsNullOrEmpty(tokens.Audience) ? null : tokens.Audience;
        options.Events = new CallerJwtBearerEvents(tokens.Audience);
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    private string InProcessAuthorityOfServer()
    {
        var server = services.GetService(typeof(IServer)) as IServer
            ?? throw new InvalidOperationException("No server is registered, so the in-process identity provider's authority is unknown.");
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var basePath = (services.GetService(typeof(IOptions<DevelopmentIdentityProviderOptions>)) as IOptions<DevelopmentIdentityProviderOptions>)
            ?.Value.BasePath ?? DevelopmentIdentityProvider.DefaultPath;
        return InProcessAuthority.From(addresses, basePath);
    }
}
