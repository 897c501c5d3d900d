namespace DialogTokens.DialogService.Authentication;

/// <summary>Which tokens one kind of caller (end user or service owner) must present.</summary>
public sealed class CallerTokenOptions
{
    /// <summary>
    /// The OpenID issuer whose discovery document (<c>{Authority}/.well-known/openid-configuration</c>) gives the
    /// issuer and the signing keys. Default <see langword="null"/>: the development identity provider served by this
    /// same process, at the address the server listens on plus its base path. When set, an absolute http(s) URI.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>
    /// The audience (<c>aud</c>) tokens must carry. Default <c>dialogporten</c>; <see langword="null"/> or empty: the
    /// audience is not checked.
    /// </summary>
    public string? Audience { get; set; } = "dialogporten";

    /// <summary>
    /// The scope the token's space-separated <c>scope</c> claim must contain, as one of its items. Default
    /// <c>digdir:dialogporten</c> for end users, <c>digdir:dialogporten.serviceprovider</c> for service owners;
    /// required, one RFC 6749 §3.3 scope token.
    /// </summary>
    public string RequiredScope { get; set; } = "";

    /// <summary>
    /// Whether the metadata must be fetched over https. Default <see langword="true"/>; loopback authorities, and the
    /// in-process identity provider, are allowed over http regardless.
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Every problem with these options, each prefixed with <paramref name="path"/>; empty when valid.</summary>
    internal IEnumerable<string> Validate(string path)
    {
        if (Authority is not null)
        {
            if (!Uri.TryCreate(Authority, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
                || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                yield return $"{path}:{nameof(Authority)} must be an absolute http(s) URI without query or fragment (was '{Authority}').";
            }
            else if (uri.Scheme == "http" && !uri.IsLoopback && RequireHttpsMetadata)
            {
                yield return $"{path}:{nameof(Authority)} must use https unless it is a loopback address or " +
                    $"{path}:{nameof(RequireHttpsMetadata)} is false (was '{Authority}').";
            }
        }

        if (!IsScopeToken(RequiredScope))
        {
            yield return $"{path}:{nameof(RequiredScope)} must be one scope: printable ASCII without spaces, '\"' or '\\' (was '{RequiredScope}').";
        }
    }

    /// <summary>RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ).</summary>
    internal static bool IsScopeToken(string? scope) =>
        !string.IsNullOrEmpty(scope) && scope.All(c => c is '\x21' or (>= '\x23' and <= '\x5B') or (>= '\x5D' and <= '\x7E'));
}
