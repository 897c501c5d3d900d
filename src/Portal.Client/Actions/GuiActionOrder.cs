using DialogTokens.Portal.Client.Api;

namespace DialogTokens.Portal.Client.Actions;

/// <summary>How GUI actions are laid out: primary, then secondary as buttons, tertiary in a menu; in the dialog's order within each.</summary>
public static class GuiActionOrder
{
    /// <summary>The priority as the DOM names it: <c>primary</c>, <c>secondary</c> or <c>tertiary</c> (anything unknown is tertiary).</summary>
    public static string PriorityName(string priority) => priority?.ToLowerInvariant() switch
    {
        "primary" => "primary",
        "secondary" => "secondary",
        _ => "tertiary",
    };

    /// <summary>The primary and secondary actions, primary first.</summary>
    public static IReadOnlyList<GuiAction> Buttons(IEnumerable<GuiAction> actions) =>
        [.. actions.Where(a => PriorityName(a.Priority) != "tertiary").OrderBy(a => PriorityName(a.Priority) == "primary" ? 0 : 1)];

    /// <summary>The tertiary actions, for the menu.</summary>
    public static IReadOnlyList<GuiAction> Menu(IEnumerable<GuiAction> actions) =>
        [.. actions.Where(a => PriorityName(a.Priority) == "tertiary")];
}
