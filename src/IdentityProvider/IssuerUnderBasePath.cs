using Microsoft.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace DialogTokens.IdentityProvider;

/// <summary>
/// Makes the provider's base path part of its base URI, so that the issuer OpenIddict derives when none is configured
/// is <c>{scheme}://{host}{pathBase}{BasePath}</c>: the URL discovery hangs under (OpenID Connect Discovery 1.0 §4.3),
/// which a standard client requires, instead of the host root.
/// </summary>
internal static class IssuerUnderBasePath
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessRequestContext>()
            .UseInlineHandler(context =>
            {
                var request = context.Transaction.GetHttpRequest()
                    ?? throw new InvalidOperationException("The OpenIddict server runs outside ASP.NET Core.");
                context.BaseUri = BaseUriOf(request, Options(request));
                return default;
            })
            // After the endpoint is inferred from the host's base URI (the endpoints' paths start from the host root, so they
            // still resolve to the same URIs against the new base), before anything derives the issuer from it.
            .SetOrder(OpenIddictServerHandlers.InferEndpointType.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary><c>{scheme}://{host}{pathBase}{BasePath}</c>, the base every endpoint is relative to.</summary>
    public static Uri BaseUriOf(Microsoft.AspNetCore.Http.HttpRequest request, DevelopmentIdentityProviderOptions options) =>
        new(request.Scheme + Uri.SchemeDelimiter + request.Host + request.PathBase + options.BasePath, UriKind.Absolute);

    private static DevelopmentIdentityProviderOptions Options(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<DevelopmentIdentityProviderOptions>>().Value;
}
