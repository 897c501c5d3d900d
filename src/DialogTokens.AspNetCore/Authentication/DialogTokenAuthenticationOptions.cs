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
    /// Allowed difference between the issuer's clock and ours, for <c>nbf</c>, <c>exp</c> and <c>iat</c>. Default 10 s;
    /// 0 to 5 min, whole seconds.
    /// </summary>
    public TimeSpan ClockSkew { get; set; } = DialogTokenValidationOptions.DefaultClockSkew;

    /// <summary>
    /// The longest lifetime a token may claim (<c>exp - iat</c>): a longer one is refused with 401
    /// <c>token_lifetime_too_long</c>, however validly signed. Default 1 h (<c>"01:00:00"</c>); 1 s to 24 h, whole seconds.
    /// Dialogporten issues tokens for 600 s.
    /// </summary>
    public TimeSpan MaxTokenLifetime { get; set; } = DialogTokenValidationOptions.DefaultMaxTokenLifetime;

    /// <summary>
    /// The service resource every token of this scheme must be for (<c>s</c>, exactly), e.g.
    /// <c>urn:altinn:resource:super-simple-service</c>; a token for another is answered 403
    /// <c>service_resource_mismatch</c>. Default <see langword="null"/>: any (an endpoint can still require one with
    /// <c>RequireDialogAction(…, serviceResource: …)</c>).
    /// </summary>
    public string? ServiceResource { get; set; }

    /// <summary>
    /// The party every token of this scheme must be for (<c>p</c>, exactly), for a service that serves one party; a token
    /// for another is answered 403 <c>party_mismatch</c>. Default <see langword="null"/>: any.
    /// </summary>
    public string? Party { get; set; }

    /// <summary>
    /// Whether a token that verified once is accepted again from memory until it expires, so that a token sent several
    /// times costs one signature check. Default <see langword="true"/>.
    /// </summary>
    public bool CacheVerifiedTokens { get; set; } = true;

    /// <summary>
    /// How often the issuer's keys are read, and within which bounds (cache lifetimes, the unknown-<c>kid</c> rate limit,
    /// retries, time-outs); each option documents its default and range. <see cref="Authority"/>, <see cref="Issuer"/>
    /// and <see cref="AllowHttp"/> above take precedence over the same settings here.
    /// </summary>
    public DialogTokenKeyDiscoveryOptions Discovery { get; set; } = new();
}
