namespace DialogTokens.Authorization;

/// <summary>
/// Where the remote PDP's bearer token comes from, bound from <c>PolicyDecisionPoint:AccessToken</c>: at most one of
/// <see cref="Token"/>, <see cref="TokenUri"/> and (in code) <see cref="PolicyDecisionPointOptions.AccessTokenProvider"/>;
/// none sends no token (only for a PDP that needs none: ours and Altinn's answer 401). Altinn Authorization and the
/// dialog service's own endpoint want a Maskinporten style token with the scope <c>altinn:authorization/authorize</c>.
/// </summary>
public sealed class PolicyDecisionPointAccessTokenOptions
{
    /// <summary>A fixed bearer token, sent as is (tests, or a token renewed outside the process). Default none.</summary>
    public string? Token { get; set; }

    /// <summary>
    /// A URI whose <c>GET</c> answers the token as text, the convention of Altinn's test-token generator and of the
    /// development identity provider, e.g.
    /// <c>http://127.0.0.1:5080/idp/api/GetEnterpriseToken?orgNo=991825827&amp;scopes=altinn:authorization/authorize</c>.
    /// The token is reused until <see cref="RefreshBeforeExpiry"/> before its <c>exp</c> (one fetch at a time), and
    /// fetched again after the PDP answers 401. Absolute, <c>https</c> (plain <c>http</c> only to a loopback host), no
    /// user info or fragment. Default none.
    /// </summary>
    public Uri? TokenUri { get; set; }

    /// <summary>
    /// How long before a fetched token's <c>exp</c> a new one is fetched; a token without a readable <c>exp</c> is
    /// used for one decision only. Default 1 min; range 0 to 30 min.
    /// </summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=".</summary>
    internal static bool IsBearerToken(ReadOnlySpan<char> token)
    {
        var end = token.TrimEnd('=').Length;
        if (end == 0)
        {
            return false;
        }

        foreach (var c in token[..end])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.' or '_' or '~' or '+' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    internal void Validate(List<string> problems, bool hasProvider)
    {
        const string Prefix = nameof(PolicyDecisionPointOptions.AccessToken) + ":";
        var sources = (Token is not null ? 1 : 0) + (TokenUri is not null ? 1 : 0) + (hasProvider ? 1 : 0);
        if (sources > 1)
        {
            problems.Add($"Set at most one of {Prefix}{nameof(Token)}, {Prefix}{nameof(TokenUri)} and {nameof(PolicyDecisionPointOptions.AccessTokenProvider)}.");
        }

        if (Token is not null && !IsBearerToken(Token))
        {
            problems.Add($"{Prefix}{nameof(Token)} must be a bearer token (RFC 6750 b64token: letters, digits, -._~+/ and trailing '='), or unset.");
        }

        if (TokenUri is null)
        {
            // Nothing to check.
        }
        else if (!TokenUri.IsAbsoluteUri)
        {
            problems.Add($"{Prefix}{nameof(TokenUri)} must be an absolute URI (it is '{TokenUri.OriginalString}').");
        }
        else if (TokenUri.Scheme != Uri.UriSchemeHttps && !(TokenUri.Scheme == Uri.UriSchemeHttp && TokenUri.IsLoopback))
        {
            problems.Add($"{Prefix}{nameof(TokenUri)} must use https (plain http only to a loopback host); it is '{TokenUri.GetLeftPart(UriPartial.Path)}'.");
        }
        else if (TokenUri.UserInfo.Length > 0 || TokenUri.Fragment.Length > 0)
        {
            problems.Add($"{Prefix}{nameof(TokenUri)} must have no user info or fragment.");
        }

        if (RefreshBeforeExpiry < TimeSpan.Zero || RefreshBeforeExpiry > TimeSpan.FromMinutes(30))
        {
            problems.Add($"{Prefix}{nameof(RefreshBeforeExpiry)} must be between {TimeSpan.Zero} and {TimeSpan.FromMinutes(30)} (it is {RefreshBeforeExpiry}).");
        }
    }
}
