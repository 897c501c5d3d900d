using Microsoft.AspNetCore.Authorization;

namespace DialogTokens.AspNetCore;

/// <summary>
/// Requires a dialog token that grants <see cref="Action"/> (on <see cref="AuthorizationAttribute"/>) on the dialog
/// whose id is the route value <see cref="DialogIdRouteValue"/>, or, with <see cref="DialogIdFrom"/>
/// <see cref="AspNetCore.DialogIdFrom.Token"/>, on the token's own dialog. On a controller or action:
/// <c>[RequireDialogAction("write")]</c>; on a minimal API endpoint use <c>RequireDialogAction("write")</c>, which adds
/// this attribute. The host fails to start when an endpoint's route does not fit (no dialog id parameter, or one with
/// <see cref="AspNetCore.DialogIdFrom.Token"/>). No or a refused token: 401; a valid token for another service resource
/// (<c>service_resource_mismatch</c>), another dialog (<c>dialog_mismatch</c>) or without the action
/// (<c>action_not_granted</c>): 403, each with a problem body carrying the code. Several on one endpoint: all must hold.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class RequireDialogActionAttribute : Attribute, IAuthorizeData, IAuthorizationRequirementData
{
    /// <summary>Requires <paramref name="action"/>, e.g. <c>write</c>.</summary>
    /// <exception cref="ArgumentException">The action is empty or holds <c>,</c> or <c>;</c>.</exception>
    public RequireDialogActionAttribute(string action)
    {
        _ = new DialogAction(action);
        Action = action;
    }

    /// <summary>The action the token must grant.</summary>
    public string Action { get; }

    /// <summary>
    /// The authorization attribute the action applies to (<c>urn:altinn:subresource:sub1</c>, or the bare <c>sub1</c>).
    /// Default <see langword="null"/>: the dialog's main resource, granted only by a permit on the main resource.
    /// </summary>
    public string? AuthorizationAttribute { get; set; }

    /// <summary>
    /// The route value holding the dialog id. Default <c>dialogId</c>; the route must have a parameter of this name. A
    /// value that is not a UUID is <c>dialog_mismatch</c>; constrain the route (<c>{dialogId:guid}</c>) to answer 404 instead.
    /// </summary>
    public string DialogIdRouteValue { get; set; } = DialogTokenDefaults.DialogIdRouteValue;

    /// <summary>
    /// Where the dialog id comes from. Default <see cref="AspNetCore.DialogIdFrom.Route"/>. Set
    /// <see cref="AspNetCore.DialogIdFrom.Token"/> for an endpoint that the token alone addresses (embeds, write actions
    /// without the dialog in the URL): the dialog is then the one the token names.
    /// </summary>
    public DialogIdFrom DialogIdFrom { get; set; } = DialogIdFrom.Route;

    /// <summary>
    /// The service resource the token must be for (<c>s</c>, exactly), e.g. <c>urn:altinn:resource:super-simple-service</c>;
    /// otherwise 403 <c>service_resource_mismatch</c>. Default <see langword="null"/>: any (or the scheme's <c>ServiceResource</c>).
    /// </summary>
    public string? ServiceResource { get; set; }

    /// <summary>The schemes that authenticate the token, comma-separated. Default <see cref="DialogTokenDefaults.AuthenticationScheme"/>.</summary>
    public string? AuthenticationSchemes { get; set; } = DialogTokenDefaults.AuthenticationScheme;

    string? IAuthorizeData.Policy
    {
        get => null;
        set => throw new NotSupportedException("RequireDialogAction names no policy; add an [Authorize] of its own for one.");
    }

    string? IAuthorizeData.Roles
    {
        get => null;
        set => throw new NotSupportedException("A dialog token has no roles.");
    }

    /// <summary>The one <see cref="DialogActionRequirement"/> this attribute stands for.</summary>
    /// <exception cref="ArgumentException">The attribute holds <c>;</c>, the route value name is empty, or the service resource is not one.</exception>
    public IEnumerable<IAuthorizationRequirement> GetRequirements() =>
        [new DialogActionRequirement(new DialogAction(Action, AuthorizationAttribute), DialogIdRouteValue, DialogIdFrom, ServiceResource)];
}
