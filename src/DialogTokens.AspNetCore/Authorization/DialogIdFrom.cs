namespace DialogTokens.AspNetCore;

/// <summary>Where <c>RequireDialogAction</c> takes the id of the dialog a request addresses.</summary>
public enum DialogIdFrom
{
    /// <summary>
    /// The default: from a route value (<c>dialogId</c> unless named otherwise), which must equal the token's <c>i</c>.
    /// An endpoint whose route has no such parameter fails when the host starts; a request without the value is refused
    /// (<c>dialog_mismatch</c>).
    /// </summary>
    Route = 0,

    /// <summary>
    /// The token names the dialog itself (<c>i</c>), for an endpoint that no route value addresses: an embed or write
    /// action the token alone identifies. The handler must then act on the token's dialog, never on one from the
    /// request. An endpoint whose route has a parameter of the dialog id's name fails when the host starts.
    /// </summary>
    Token = 1,
}
