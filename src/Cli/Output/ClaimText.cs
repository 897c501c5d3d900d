namespace DialogTokens.Cli.Output;

/// <summary>What a dialog token's claims and actions mean, in words.</summary>
internal static class ClaimText
{
    /// <summary>The meaning of a claim name (the one-letter names are Dialogporten's).</summary>
    public static string Meaning(string claim) => claim switch
    {
        DialogTokenClaimNames.JwtId => "token id",
        DialogTokenClaimNames.AuthenticatedParty => "authenticated party (who logged in)",
        DialogTokenClaimNames.SystemUserId => "system user",
        DialogTokenClaimNames.SystemUserOrganization => "system user's organization",
        DialogTokenClaimNames.SupplierParty => "supplier (acting for the consumer)",
        DialogTokenClaimNames.AuthenticationLevel => "authentication level",
        DialogTokenClaimNames.Party => "party (who the user acts for)",
        DialogTokenClaimNames.ServiceResource => "service resource",
        DialogTokenClaimNames.DialogId => "dialog id",
        DialogTokenClaimNames.Actions => "authorized actions",
        DialogTokenClaimNames.Issuer => "issuer",
        DialogTokenClaimNames.IssuedAt => "issued at",
        DialogTokenClaimNames.NotBefore => "not before",
        DialogTokenClaimNames.ExpiresAt => "expires at",
        _ => "(not a dialog token claim)",
    };

    /// <summary>"3 (substantial)".</summary>
    public static string AuthenticationLevel(int level) => level switch
    {
        0 => "0 (low)",
        3 => "3 (substantial)",
        4 => "4 (high)",
        _ => $"{level} (not used by ID-porten)",
    };

    /// <summary>"read (main resource)" or "delete on urn:altinn:task:Task_1".</summary>
    public static string Action(DialogAction action) =>
        action.IsMainResource ? $"{action.Name} (main resource)" : $"{action.Name} on {action.AuthorizationAttribute}";
}
