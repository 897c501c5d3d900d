using DialogTokens.AspNetCore;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Protects minimal API endpoints with dialog tokens.</summary>
public static class DialogActionEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Requires a dialog token (scheme <see cref="DialogTokenDefaults.AuthenticationScheme"/>) that grants
    /// <paramref name="action"/> on <paramref name="authorizationAttribute"/> (default: the main resource, strictly) for
    /// the dialog whose id is the route value <paramref name="dialogIdRouteValue"/>:
    /// <c>app.MapPost("/dialogs/{dialogId}/write", handler).RequireDialogAction("write")</c>. The route must have that
    /// parameter, or the host fails to start; for an endpoint the token alone addresses, say so with
    /// <paramref name="dialogIdFrom"/> <see cref="DialogIdFrom.Token"/> (the dialog is then the one the token names).
    /// <paramref name="serviceResource"/>, when given, is the service resource the token must be for. No or a refused
    /// token: 401; another service resource (<c>service_resource_mismatch</c>), another dialog (<c>dialog_mismatch</c>) or
    /// a missing action (<c>action_not_granted</c>): 403; each with a problem body carrying the code. Call it again to
    /// require more actions. <paramref name="authenticationSchemes"/> names the dialog token scheme(s), comma-separated,
    /// when an app has more than one (another issuer, other options).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The action or attribute cannot be in a dialog token, the route value name is empty or <see langword="null"/>, or the
    /// service resource is not <c>urn:altinn:resource:&lt;id&gt;</c>.
    /// </exception>
    public static TBuilder RequireDialogAction<TBuilder>(
        this TBuilder builder,
        string action,
        string? authorizationAttribute = null,
        string dialogIdRouteValue = DialogTokenDefaults.DialogIdRouteValue,
        string authenticationSchemes = DialogTokenDefaults.AuthenticationScheme,
        DialogIdFrom dialogIdFrom = DialogIdFrom.Route,
        string? serviceResource = null)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(authenticationSchemes);
        var attribute = new RequireDialogActionAttribute(action)
        {
            AuthorizationAttribute = authorizationAttribute,
            DialogIdRouteValue = dialogIdRouteValue,
            DialogIdFrom = dialogIdFrom,
            ServiceResource = serviceResource,
            AuthenticationSchemes = authenticationSchemes,
        };

        // A mistake in the arguments throws here, at start-up, not on the first request.
        _ = attribute.GetRequirements().ToList();
        return builder.WithMetadata(attribute);
    }
}
