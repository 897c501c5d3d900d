using System.Globalization;
using System.Text.Json.Serialization;
using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.Problems;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.WellKnown;

/// <summary>Maps the issuer's published keys and metadata, as Dialogporten: anonymous, cacheable, JSON only.</summary>
public static class WellKnownEndpoints
{
    /// <summary>The path of the JWKS.</summary>
    public const string JwksPath = "/api/v1/.well-known/jwks.json";

    /// <summary>The path of the RFC 8414 authorization server metadata.</summary>
    public const string MetadataPath = "/api/v1/.well-known/oauth-authorization-server";

    /// <summary>
    /// Maps <c>GET /api/v1/.well-known/jwks.json</c> (<c>{"keys":[…]}</c>, the signing key first) and
    /// <c>GET /api/v1/.well-known/oauth-authorization-server</c> (<c>issuer</c>, <c>jwks_uri</c>). Needs
    /// <see cref="DialogTokenKeysServiceCollectionExtensions.AddDialogTokenKeys"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapWellKnownEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(JwksPath, GetJwks).WithName("GetJwks").AllowAnonymous().AddEndpointFilter<RequireJsonAcceptFilter>();
        endpoints.MapGet(MetadataPath, GetMetadata).WithName("GetOauthAuthorizationServer").AllowAnonymous().AddEndpointFilter<RequireJsonAcceptFilter>();
        return endpoints;
    }

    private static IResult GetJwks(HttpContext context, IDialogTokenKeyRing keys, IOptions<WellKnownOptions> options)
    {
        SetCacheControl(context, options.Value);
        return Results.Text(DialogTokenJwk.WriteKeySet(keys.Published), "application/json");
    }

    private static IResult GetMetadata(HttpContext context, IOptions<WellKnownOptions> options, IssuerAddress address)
    {
        if (!address.TryGetIssuer(out var issuer))
        {
            return DialogProblem.Create(DialogProblemTypes.IssuerAddressUnknown, IssuerAddress.UnknownReason);
        }

        SetCacheControl(context, options.Value);
        return Results.Json(new AuthorizationServerMetadata(issuer, address.JwksUri));
    }

    private static void SetCacheControl(HttpContext context, WellKnownOptions options)
    {
        context.Response.Headers.CacheControl = "public, max-age=" + ((long)options.CacheMaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.Vary = "Accept";
    }

    private sealed record AuthorizationServerMetadata(
        [property: JsonPropertyName("issuer")] string Issuer,
        [property: JsonPropertyName("jwks_uri")] string JwksUri);
}
