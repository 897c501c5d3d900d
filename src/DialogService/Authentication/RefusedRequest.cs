namespace DialogTokens.DialogService.Authentication;

/// <summary>What every refusal of a caller (401, 403) does to the request it does not serve.</summary>
internal static class RefusedRequest
{
    /// <summary>
    /// Asks HTTP/1.x to close the connection after the answer when the request has a body: Kestrel would otherwise
    /// drain the unread body (up to its drain timeout) to reuse the connection, so an anonymous client could still make
    /// it receive a large body. HTTP/2 and 3 reset the stream instead and forbid the header.
    /// </summary>
    public static void CloseIfItHasABody(HttpContext context)
    {
        var request = context.Request;
        var hasBody = request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);
        if (hasBody && (HttpProtocol.IsHttp11(request.Protocol) || HttpProtocol.IsHttp10(request.Protocol)))
        {
            context.Response.Headers.Connection = "close";
        }
    }
}
