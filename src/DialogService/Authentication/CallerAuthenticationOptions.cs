namespace DialogTokens.DialogService.Authentication;

/// <summary>How the dialog service authenticates its callers, bound from <see cref="SectionName"/>.</summary>
public sealed class CallerAuthenticationOptions
{
    /// <summary>The configuration section: <c>DialogService:Authentication</c>.</summary>
    public const string SectionName = "DialogService:Authentication";

    /// <summary>
    /// End users (ID-porten style tokens). Defaults: the in-process identity provider, audience <c>dialogporten</c>,
    /// scope <c>digdir:dialogporten</c>, https metadata required (loopback exempt).
    /// </summary>
    public CallerTokenOptions EndUser { get; set; } = new() { RequiredScope = "digdir:dialogporten" };

    /// <summary>
    /// Service owners (Maskinporten style tokens). Defaults: the in-process identity provider, audience
    /// <c>dialogporten</c>, scope <c>digdir:dialogporten.serviceprovider</c>, https metadata required (loopback exempt).
    /// </summary>
    public CallerTokenOptions ServiceOwner { get; set; } = new() { RequiredScope = "digdir:dialogporten.serviceprovider" };

    /// <summary>
    /// The scope a caller of the policy decision point (<c>POST /authorization/api/v1/authorize</c>) must have, in a
    /// service-owner style (Maskinporten) token of an organization that the <see cref="ServiceOwner"/> scheme accepts.
    /// Default <c>altinn:authorization/authorize</c>, the scope of Altinn Authorization's own endpoint; required, one
    /// RFC 6749 §3.3 scope token.
    /// </summary>
    public string PolicyDecisionPointScope { get; set; } = "altinn:authorization/authorize";

    /// <summary>The options of one scheme of <see cref="CallerSchemes"/>, or <see langword="null"/> for another name.</summary>
    internal CallerTokenOptions? ForScheme(string? scheme) => scheme switch
    {
        CallerSchemes.EndUser => EndUser,
        CallerSchemes.ServiceOwner => ServiceOwner,
        _ => null,
    };

    /// <summary>Every problem with these options, at once; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (EndUser is null || ServiceOwner is null)
        {
            errors.Add($"{SectionName}: {nameof(EndUser)} and {nameof(ServiceOwner)} must not be null.");
            return errors;
        }

        errors.AddRange(EndUser.Validate($"{SectionName}:{nameof(EndUser)}"));
        errors.AddRange(ServiceOwner.Validate($"{SectionName}:{nameof(ServiceOwner)}"));
        if (!CallerTokenOptions.IsScopeToken(PolicyDecisionPointScope))
        {
            errors.Add($"{SectionName}:{nameof(PolicyDecisionPointScope)} must be one scope: printable ASCII without spaces, '\"' or '\\' (was '{PolicyDecisionPointScope}').");
        }

        return errors;
    }
}
