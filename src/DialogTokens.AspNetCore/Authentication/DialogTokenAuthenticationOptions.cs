using Microsoft.AspNetCore.Authentication;

namespace DialogTokens.AspNetCore;

/// <summary>
/// How the dialog token scheme verifies tokens. Bound from configuration (<c>"DialogToken": { "Authority": … }</c>) and
/// validated when the host starts, every problem reported at once. Changes after start-up need a restart.
/// </summary>
public sealed class DialogTokenAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>
    /// The issuer: its base URI (<c>https://platform.altinn.no/dialogporten</c>), its issuer (<c>…/api/v1</c>) or its
    /// metadata URL (<c>…/api/v1/.well-known/oauth-authorization-server</c>). Required; https, or http on loopback
    /// (or anywhere with <see cref="AllowHttp"/>). Becomes <see cref="DialogTokenKeyDiscoveryOptions.Authority"/>.
    /// </summary>
    public Uri? Authority { get; set; }

    /// <summary>
    /// The issuer tokens must carry in <c>iss</c>, and the metadata must name. Default <see langword="null"/>: derived
    /// from <see cref="Authority"/> as the base URI plus <c>/api/v1</c>. Set it when a gateway rewrites the address.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>Whether <see cref="Authority"/> may be http on a non-loopback host. Default <see langword="false"/>.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>
    /// How tokens are checked once their key is known: clock skew (default 10 s), the longest lifetime a token may claim
    /// (default 1 h; Dialogporten issues 600 s), the service resource and party every token of this scheme must be for
    /// (a token for another is answered 403), the longest token (default 8,192 characters), and the verified-token
    /// cache (on, 10,000 tokens); each option documents its default and range. Bound from
    /// <c>"DialogToken": { "Validation": { … } }</c>. <see cref="Issuer"/> above takes precedence over
    /// <see cref="DialogTokenValidationOptions.Issuer"/> here; both default to the issuer the metadata names.
    /// </summary>
    public DialogTokenValidationOptions Validation { get; set; } = new();

    /// <summary>
    /// How often the issuer's keys are read, and within which bounds (cache lifetimes, the unknown-<c>kid</c> rate limit,
    /// retries, time-outs); each option documents its default and range. <see cref="Authority"/>, <see cref="Issuer"/>
    /// and <see cref="AllowHttp"/> above take precedence over the same settings here.
    /// </summary>
    public DialogTokenKeyDiscoveryOptions Discovery { get; set; } = new();
}
