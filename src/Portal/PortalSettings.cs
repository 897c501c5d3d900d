namespace DialogTokens.Portal;

/// <summary>What the browser reads at start-up: where to log in and which API to call. Nothing secret: the client is public.</summary>
internal sealed record PortalSettings(string DialogServiceUri, string Authority, string ClientId)
{
    public static PortalSettings From(PortalOptions options) =>
        new(options.DialogServiceUri.AbsoluteUri.TrimEnd('/'), options.Authority.AbsoluteUri.TrimEnd('/'), options.ClientId);
}
