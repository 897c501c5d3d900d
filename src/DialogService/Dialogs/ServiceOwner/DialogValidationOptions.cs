namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>How strictly service-owner requests are validated; bound from <c>DialogService:Validation</c>.</summary>
public sealed class DialogValidationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DialogService:Validation";

    /// <summary>
    /// Whether action and embed URLs may be plain http on a loopback host (localhost, 127.0.0.1, [::1]), so that a
    /// service provider on a developer's machine works without a certificate. Default <see langword="false"/>:
    /// https only, as Dialogporten. The Development settings turn it on.
    /// </summary>
    public bool AllowHttpLoopbackUrls { get; set; }
}
