using Microsoft.AspNetCore.Authorization;

namespace DialogTokens.AspNetCore;

/// <summary>
/// Requires that the request's dialog token grants <see cref="Action"/> on the dialog the request addresses. Usually
/// added by <c>RequireDialogAction</c> or <see cref="RequireDialogActionAttribute"/>; usable in a policy of your own
/// (with the dialog token scheme among its authentication schemes).
/// </summary>
public sealed class DialogActionRequirement : IAuthorizationRequirement
{
    /// <summary>Creates the requirement.</summary>
    /// <param name="action">The action, with its authorization attribute when it is not on the main resource.</param>
    /// <param name="dialogIdRouteValue">
    /// The route value holding the dialog id the token must be for (<c>dialogId</c> by default). <see langword="null"/>,
    /// or a route without that value: the dialog is the one the token names, for endpoints the token alone addresses.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="action"/> is <c>default</c>, or the route value name is empty.</exception>
    public DialogActionRequirement(DialogAction action, string? dialogIdRouteValue = DialogTokenDefaults.DialogIdRouteValue)
    {
        if (action.Name is null)
        {
            throw new ArgumentException("default(DialogAction) is not an action; create one with a name.", nameof(action));
        }

        if (dialogIdRouteValue is { Length: 0 })
        {
            throw new ArgumentException("The dialog id route value must be a name, or null for the token's own dialog.", nameof(dialogIdRouteValue));
        }

        Action = action;
        DialogIdRouteValue = dialogIdRouteValue;
    }

    /// <summary>The action the token must grant (strictly: with no attribute, a permit on the main resource).</summary>
    public DialogAction Action { get; }

    /// <summary>The route value naming the dialog, or <see langword="null"/> for the token's own dialog.</summary>
    public string? DialogIdRouteValue { get; }

    /// <summary>The action, and where the dialog id comes from.</summary>
    public override string ToString() =>
        DialogIdRouteValue is null ? $"dialog token grants '{Action}'" : $"dialog token grants '{Action}' on dialog {{{DialogIdRouteValue}}}";
}
