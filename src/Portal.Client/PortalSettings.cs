namespace DialogTokens.Portal.Client;

/// <summary>What the host serves as <c>/portal-settings.json</c>: where to log in and which dialog service to call.</summary>
public sealed record PortalSettings(string DialogServiceUri, string Authority, string ClientId);
