namespace DialogTokens.AspNetCore;

/// <summary>
/// The dialog token the request was authenticated with, on <c>HttpContext.Features</c> once the dialog token scheme
/// has verified it. Absent when the request had no token, or one that was refused.
/// </summary>
public interface IDialogTokenFeature
{
    /// <summary>The verified token.</summary>
    DialogToken Token { get; }

    /// <summary>Its claims.</summary>
    DialogTokenClaims Claims { get; }
}
