using DialogTokens.IdentityProvider;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the development OpenID provider's endpoints.</summary>
public static class DevelopmentIdentityProviderEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the login page, the token, userinfo and end-session endpoints and the test-token generator under
    /// <see cref="DevelopmentIdentityProviderOptions.BasePath"/>. Discovery and JWKS are answered by OpenIddict in
    /// the authentication middleware, which <c>WebApplication</c> adds by itself (other hosts call
    /// <c>UseAuthentication</c>). Reading the options here validates them: outside Development this throws
    /// <see cref="OptionsValidationException"/> unless <see cref="DevelopmentIdentityProviderOptions.AllowOutsideDevelopment"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapDevelopmentIdentityProvider(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<DevelopmentIdentityProviderOptions>>().Value;
        var group = endpoints.MapGroup(options.BasePath);
        group.MapGet(DevelopmentIdentityProvider.PersonalTokenPath, TestTokenEndpoints.GetPersonalToken);
        group.MapGet(DevelopmentIdentityProvider.EnterpriseTokenPath, TestTokenEndpoints.GetEnterpriseToken);
        group.MapMethods(DevelopmentIdentityProvider.AuthorizationPath, [HttpMethods.Get, HttpMethods.Post], AuthorizationEndpoints.Authorize);
        group.MapPost(DevelopmentIdentityProvider.TokenPath, AuthorizationEndpoints.ExchangeAsync);
        group.MapMethods(DevelopmentIdentityProvider.UserInfoPath, [HttpMethods.Get, HttpMethods.Post], AuthorizationEndpoints.UserInfoAsync);
        group.MapMethods(DevelopmentIdentityProvider.EndSessionPath, [HttpMethods.Get, HttpMethods.Post], AuthorizationEndpoints.EndSession);
        group.ExcludeFromDescription();
        return group;
    }
}
