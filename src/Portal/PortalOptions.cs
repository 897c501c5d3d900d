namespace DialogTokens.Portal;

/// <summary>The portal's configuration (section <c>Portal</c>), served to the browser as <c>/portal-settings.json</c>.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>The dialog service's base URI, whose end-user API the browser calls. Default http://localhost:5080.</summary>
    public Uri DialogServiceUri { get; set; } = new("http://localhost:5080");

    /// <summary>The OpenID provider the user logs in at. Default http://localhost:5080/idp.</summary>
    public Uri Authority { get; set; } = new("http://localhost:5080/idp");

    /// <summary>The portal's public client id at that provider. Default <c>dialogporten-portal</c>.</summary>
    public string ClientId { get; set; } = "dialogporten-portal";
}
