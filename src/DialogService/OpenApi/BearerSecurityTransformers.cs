using DialogTokens.DialogService.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DialogTokens.DialogService.OpenApi;

/// <summary>
/// Declares the two bearer (JWT) schemes in the OpenAPI document and requires the right one on each operation whose
/// endpoint requires authorization, so that the reference UI at <c>/docs</c> can send a token. Anonymous endpoints
/// (the well-known metadata and key set) get no requirement.
/// </summary>
internal static class BearerSecurityTransformers
{
    /// <summary>An ID-porten style token with the end-user scope.</summary>
    public const string EndUserScheme = "EndUserBearer";

    /// <summary>A Maskinporten style token with the service-owner scope, or the PDP's scope.</summary>
    public const string OrganizationScheme = "OrganizationBearer";

    /// <summary>Adds both transformers to the document's options.</summary>
    public static OpenApiOptions AddBearerSecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer(DeclareSchemesAsync);
        options.AddOperationTransformer(RequireSchemeAsync);
        return options;
    }

    private static Task DeclareSchemesAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[EndUserScheme] = Bearer(
            "An end user's ID-porten style token with the scope digdir:dialogporten, for /api/v1/enduser/*.");
        document.Components.SecuritySchemes[OrganizationScheme] = Bearer(
            "An organization's Maskinporten style token: the scope digdir:dialogporten.serviceprovider for /api/v1/serviceowner/*, altinn:authorization/authorize for the policy decision point.");
        return Task.CompletedTask;
    }

    private static Task RequireSchemeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        if (policies.Count == 0)
        {
            return Task.CompletedTask;
        }

        var scheme = policies.Contains(CallerPolicies.EndUser) ? EndUserScheme : OrganizationScheme;
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] });
        return Task.CompletedTask;
    }

    private static OpenApiSecurityScheme Bearer(string description) => new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "JWT",
        Description = description,
    };
}
