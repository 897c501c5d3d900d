namespace DialogTokens;

/// <summary>What a dialog token says, before it is issued: everything but the issuer and the times, which the issuer adds.</summary>
public sealed class DialogTokenDescriptor
{
    /// <summary>The token id (<c>jti</c>); a new GUID when not set.</summary>
    public Guid? JwtId { get; init; }

    /// <summary>Who logged in (<c>c</c>), e.g. <c>urn:altinn:person:identifier-no:14886498226</c>.</summary>
    public required string AuthenticatedParty { get; init; }

    /// <summary>The system user (<c>y</c>), <c>urn:altinn:systemuser:uuid:&lt;uuid&gt;</c>; only for system users.</summary>
    public string? SystemUserId { get; init; }

    /// <summary>The organization owning the system user (<c>o</c>); only for system users.</summary>
    public string? SystemUserOrganization { get; init; }

    /// <summary>The supplier organization acting for the consumer (<c>u</c>); optional.</summary>
    public string? SupplierParty { get; init; }

    /// <summary>The authentication level (<c>l</c>): 0 (low), 3 (substantial) or 4 (high); 1 and 2 are accepted too.</summary>
    public required int AuthenticationLevel { get; init; }

    /// <summary>The dialog's party (<c>p</c>), copied from the dialog.</summary>
    public required string Party { get; init; }

    /// <summary>The dialog's service resource (<c>s</c>), <c>urn:altinn:resource:&lt;id&gt;</c>.</summary>
    public required string ServiceResource { get; init; }

    /// <summary>The dialog id (<c>i</c>).</summary>
    public required Guid DialogId { get; init; }

    /// <summary>The permitted actions (<c>a</c>).</summary>
    public required AuthorizedActions Actions { get; init; }

    /// <summary>Throws when a value cannot go into a dialog token: a programming mistake, not an expected failure.</summary>
    internal void ThrowIfInvalid()
    {
        // Built only when something is wrong: issuing is a hot path (docs/performance.md).
        List<string>? problems = null;
        Require(AuthenticatedParty, nameof(AuthenticatedParty), ref problems);
        Require(Party, nameof(Party), ref problems);
        Require(ServiceResource, nameof(ServiceResource), ref problems);
        Optional(SystemUserId, nameof(SystemUserId), ref problems);
        Optional(SystemUserOrganization, nameof(SystemUserOrganization), ref problems);
        Optional(SupplierParty, nameof(SupplierParty), ref problems);
        if ((SystemUserId is null) != (SystemUserOrganization is null))
        {
            (problems ??= []).Add("SystemUserId and SystemUserOrganization go together: set both or neither.");
        }

        if (AuthenticationLevel is < 0 or > 4)
        {
            (problems ??= []).Add($"AuthenticationLevel must be 0 to 4 (was {AuthenticationLevel}).");
        }

        if (DialogId == Guid.Empty)
        {
            (problems ??= []).Add("DialogId must not be the empty GUID.");
        }

        if (Actions is null)
        {
            (problems ??= []).Add("Actions is required (use AuthorizedActions.Empty for none).");
        }

        if (problems is not null)
        {
            throw new ArgumentException("Invalid dialog token descriptor: " + string.Join(" ", problems));
        }
    }

    private static void Require(string? value, string name, ref List<string>? problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            (problems ??= []).Add($"{name} is required.");
        }
        else
        {
            Optional(value, name, ref problems);
        }
    }

    private static void Optional(string? value, string name, ref List<string>? problems)
    {
        if (value is not null && !value.StartsWith("urn:", StringComparison.Ordinal))
        {
            (problems ??= []).Add($"{name} must be a URN (was '{value}').");
        }
    }
}
