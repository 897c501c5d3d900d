using Microsoft.AspNetCore.Authorization;

namespace DialogTokens.AspNetCore;

/// <summary>
/// Requires that the request's dialog token grants <see cref="Action"/> on the dialog the request addresses (and, when
/// given, is for <see cref="ServiceResource"/>). Usually added by <c>RequireDialogAction</c> or
/// <see cref="RequireDialogActionAttribute"/>; usable in a policy of your own (with the dialog token scheme among its
/// authentication schemes). In a policy of your own the start-up check of the route cannot see it, so a request whose
/// route lacks the dialog id value is refused (<c>dialog_mismatch</c>).
/// </summary>
public sealed class DialogActionRequirement : IAuthorizationRequirement
{
    /// <summary>Creates the requirement.</summary>
    /// <param name="action">The action, with its authorization attribute when it is not on the main resource.</param>
    /// <param name="dialogIdRouteValue">
    /// The route value holding the dialog id the token must be for (<c>dialogId</c> by default). With
    /// <see cref="DialogIdFrom.Token"/>, the name that the route must <em>not</em> have.
    /// </param>
    /// <param name="dialogIdFrom">Where the dialog id comes from: the route (default), or explicitly the token itself.</param>
    /// <param name="serviceResource">The service resource the token must be for (<c>s</c>, exactly), or <see langword="null"/> for any.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="action"/> is <c>default</c>, the route value name is empty or <see langword="null"/>, or the service
    /// resource is not <c>urn:altinn:resource:&lt;id&gt;</c>.
    /// </exception>
    public DialogActionRequirement(
        DialogAction action,
        string dialogIdRouteValue = DialogTokenDefaults.DialogIdRouteValue,
        DialogIdFrom dialogIdFrom = DialogIdFrom.Route,
        string? serviceResource = null)
    {
        if (action.Name is null)
        {
            throw new ArgumentException("default(DialogAction) is not an action; create one with a name.", nameof(action));
        }

        if (string.IsNullOrEmpty(dialogIdRouteValue))
        {
            // It used to mean "the token's own dialog"; that must now be said, so that a forgotten route value cannot.
            throw new ArgumentException(
                "The dialog id route value must be a name; for the token's own dialog, say DialogIdFrom.Token.", nameof(dialogIdRouteValue));
        }

        if (!Enum.IsDefined(dialogIdFrom))
        {
            throw new ArgumentException($"{dialogIdFrom} is not a DialogIdFrom.", nameof(dialogIdFrom));
        }

        if (serviceResource is not null && new DialogTokenValidationOptions { ServiceResource = serviceResource }.Validate() is [var problem, ..])
        {
            throw new ArgumentException(problem, nameof(serviceResource));
        }

        Action = action;
        RequiredActions = [action];
        DialogIdRouteValue = dialogIdRouteValue;
        DialogIdFrom = dialogIdFrom;
        ServiceResource = serviceResource;
    }

    /// <summary>The action the token must grant (strictly: with no attribute, a permit on the main resource).</summary>
    public DialogAction Action { get; }

    // Built once per endpoint, so that checking a request allocates nothing.
    internal DialogAction[] RequiredActions { get; }

    /// <summary>The route value naming the dialog (with <see cref="DialogIdFrom.Token"/>: the name the route must not have).</summary>
    public string DialogIdRouteValue { get; }

    /// <summary>Where the dialog id comes from.</summary>
    public DialogIdFrom DialogIdFrom { get; }

    /// <summary>The service resource the token must be for, or <see langword="null"/> for any.</summary>
    public string? ServiceResource { get; }

    /// <summary>The action, and where the dialog id comes from.</summary>
    public override string ToString() =>
        (DialogIdFrom == DialogIdFrom.Token ? $"dialog token grants '{Action}' on its own dialog" : $"dialog token grants '{Action}' on dialog {{{DialogIdRouteValue}}}")
        + (ServiceResource is null ? "" : $" of {ServiceResource}");
}
