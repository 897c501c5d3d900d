namespace DialogTokens.DialogService.Authentication;

/// <summary>The authority of the development identity provider served by this process, from the server's addresses.</summary>
internal static class InProcessAuthority
{
    /// <summary>
    /// The first http address (https only when there is no http one, since the backchannel may not trust a development
    /// certificate), wildcard hosts replaced by 127.0.0.1, plus the provider's base path.
    /// </summary>
    public static string From(IEnumerable<string> serverAddresses, string basePath)
    {
        var addresses = serverAddresses.Select(BindingAddress.Parse).ToList();
        var address = addresses.FirstOrDefault(a => a.Scheme == "http") ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException(
                "The server has no address yet, so the in-process identity provider's authority is unknown. Set " +
                $"{CallerAuthenticationOptions.SectionName}:<caller>:{nameof(CallerTokenOptions.Authority)}, or listen on a real server (Kestrel).");
        var host = address.Host is "+" or "*" or "[::]" or "0.0.0.0" ? "127.0.0.1" : address.Host;
        return $"{address.Scheme}://{host}:{address.Port}{address.PathBase}{basePath}";
    }
}
