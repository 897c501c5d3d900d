namespace DialogTokens;

/// <summary>Every claim of a dialog token, read into .NET values.</summary>
public sealed class DialogTokenClaims
{
    /// <summary>The token id (<c>jti</c>).</summary>
    public required string JwtId { get; init; }

    /// <summary>Who logged in (<c>c</c>).</summary>
    public required string AuthenticatedParty { get; init; }

    /// <summary>The system user (<c>y</c>), for system users only.</summary>
    public string? SystemUserId { get; init; }

    /// <summary>The organization owning the system user (<c>o</c>), for system users only.</summary>
    public string? SystemUserOrganization { get; init; }

    /// <summary>The supplier organization acting for the consumer (<c>u</c>), when present.</summary>
    public string? SupplierParty { get; init; }

    /// <summary>The authentication level (<c>l</c>), 0 to 4.</summary>
    public required int AuthenticationLevel { get; init; }

    /// <summary>The dialog's party (<c>p</c>): who the user acts for.</summary>
    public required string Party { get; init; }

    /// <summary>The service resource (<c>s</c>).</summary>
    public required string ServiceResource { get; init; }

    /// <summary>The dialog id (<c>i</c>).</summary>
    public required Guid DialogId { get; init; }

    /// <summary>The permitted actions (<c>a</c>).</summary>
    public required AuthorizedActions Actions { get; init; }

    /// <summary>The issuer (<c>iss</c>).</summary>
    public required string Issuer { get; init; }

    /// <summary>When the token was issued (<c>iat</c>).</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>When the token becomes valid (<c>nbf</c>).</summary>
    public required DateTimeOffset NotBefore { get; init; }

    /// <summary>When the token expires (<c>exp</c>).</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Claims this library does not know, by name, as raw JSON text (for example a future <c>e</c> array).</summary>
    public IReadOnlyDictionary<string, string> AdditionalClaims { get; init; } = NoAdditionalClaims;

    /// <summary>
    /// Why these claims do not allow a request for <paramref name="dialogId"/> (when given) that needs every one of
    /// <paramref name="requiredActions"/>: a <c>dialog_mismatch</c> or <c>action_not_granted</c> failure, or
    /// <see langword="null"/> when they do. The last step of <see cref="DialogTokenVerifier.Verify"/>, the same strict
    /// check; times and signature are not checked here.
    /// </summary>
    /// <exception cref="ArgumentException">An action is <c>default(DialogAction)</c>.</exception>
    public DialogTokenValidationResult? CheckRequest(Guid? dialogId, params IReadOnlyList<DialogAction> requiredActions)
    {
        if (dialogId is { } expected && expected != DialogId)
        {
            return DialogTokenVerifier.DialogMismatch(expected, DialogId);
        }

        var count = requiredActions?.Count ?? 0;
        for (var i = 0; i < count; i++)
        {
            var action = requiredActions![i];
            DialogTokenVerifier.ThrowIfNotAnAction(action, nameof(requiredActions));
            if (!Actions.IsGranted(action))
            {
                return DialogTokenVerifier.NotGranted(action);
            }
        }

        return null;
    }

    /// <summary>
    /// Why these claims are not for <paramref name="serviceResource"/> (exact, ordinal): a
    /// <c>service_resource_mismatch</c> failure, or <see langword="null"/> when <see cref="ServiceResource"/> equals it.
    /// </summary>
    public DialogTokenValidationResult? CheckServiceResource(string serviceResource)
    {
        ArgumentNullException.ThrowIfNull(serviceResource);
        return string.Equals(ServiceResource, serviceResource, StringComparison.Ordinal)
            ? null
            : DialogTokenVerifier.ServiceResourceMismatch(serviceResource, ServiceResource);
    }

    /// <summary>A claim's value as text (as a principal's claim carries it), or <see langword="null"/> when the token has none.</summary>
    internal string? TextOf(Claim claim) => claim switch
    {
        Claim.JwtId => JwtId,
        Claim.AuthenticatedParty => AuthenticatedParty,
        Claim.SystemUserId => SystemUserId,
        Claim.SystemUserOrganization => SystemUserOrganization,
        Claim.SupplierParty => SupplierParty,
        Claim.AuthenticationLevel => AuthenticationLevel.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Claim.Party => Party,
        Claim.ServiceResource => ServiceResource,
        Claim.DialogId => DialogId.ToString("D"),
        Claim.Actions => Actions.ToString(),
        Claim.Issuer => Issuer,
        Claim.IssuedAt => IssuedAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        Claim.NotBefore => NotBefore.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => ExpiresAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    internal static readonly IReadOnlyDictionary<string, string> NoAdditionalClaims = new Dictionary<string, string>().AsReadOnly();
}
