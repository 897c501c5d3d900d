namespace DialogTokens.Portal.Client;

/// <summary>The scopes the portal asks for.</summary>
public static class PortalScopes
{
    /// <summary>The end-user API of the dialog service (reference §6).</summary>
    public const string DialogService = "digdir:dialogporten";
}
