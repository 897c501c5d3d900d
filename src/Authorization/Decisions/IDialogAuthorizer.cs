namespace DialogTokens.Authorization;

/// <summary>Decides a whole dialog in one call: which of its (action, authorization attribute) pairs the user may perform.</summary>
public interface IDialogAuthorizer
{
    /// <summary>Asks the policy decision point once for every pair of <paramref name="request"/>.</summary>
    Task<DialogAuthorizationResult> AuthorizeAsync(DialogAuthorizationRequest request, CancellationToken cancellationToken = default);
}

/// <summary>Who asks to do what on which dialog.</summary>
public sealed record DialogAuthorizationRequest
{
    /// <summary>The user: <c>urn:altinn:person:identifier-no:&lt;11 digits&gt;</c>, <c>urn:altinn:userid:&lt;id&gt;</c> or <c>urn:altinn:systemuser:uuid:&lt;uuid&gt;</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The user's authentication level (0 to 4), checked against the policy's minimum-authentication-level obligation.</summary>
    public required int AuthenticationLevel { get; init; }

    /// <summary>The dialog's party: <c>urn:altinn:organization:identifier-no:…</c> or <c>urn:altinn:person:identifier-no:…</c>.</summary>
    public required string Party { get; init; }

    /// <summary>The dialog's service resource, <c>urn:altinn:resource:&lt;id&gt;</c>.</summary>
    public required string ServiceResource { get; init; }

    /// <summary>The instance, e.g. <c>urn:altinn:dialog-id:&lt;uuid&gt;</c>; optional.</summary>
    public string? InstanceId { get; init; }

    /// <summary>Every (action, authorization attribute) pair to decide. A null attribute is the main resource.</summary>
    public required IReadOnlyList<DialogAction> Actions { get; init; }
}

/// <summary>One pair's decision.</summary>
/// <param name="Action">The pair.</param>
/// <param name="IsPermitted">Permit from the policy, and the user's authentication level high enough.</param>
/// <param name="MinimumAuthenticationLevel">The level the policy's obligation demands for this Permit, if any.</param>
public sealed record DialogActionDecision(DialogAction Action, bool IsPermitted, int? MinimumAuthenticationLevel);

/// <summary>The decisions for a dialog, or why there are none.</summary>
public sealed class DialogAuthorizationResult
{
    private DialogAuthorizationResult(IReadOnlyList<DialogActionDecision> decisions, string? unavailable, string? problem)
    {
        Decisions = decisions;
        Unavailable = unavailable;
        Problem = problem;
        Authorized = AuthorizedActions.Create(decisions.Where(d => d.IsPermitted).Select(d => d.Action));
        RequiredAuthenticationLevel = decisions.Max(d => d.MinimumAuthenticationLevel) ?? 0;
        DeniedForAuthenticationLevel = decisions.Any(d => !d.IsPermitted && d.MinimumAuthenticationLevel is not null);
    }

    /// <summary>One decision per requested pair, in request order.</summary>
    public IReadOnlyList<DialogActionDecision> Decisions { get; }

    /// <summary>The permitted pairs: what goes into the dialog token's <c>a</c> claim.</summary>
    public AuthorizedActions Authorized { get; }

    /// <summary>The highest minimum authentication level any Permit demanded (0 when none did).</summary>
    public int RequiredAuthenticationLevel { get; }

    /// <summary>Whether some Permit was withheld only because the user's authentication level is too low.</summary>
    public bool DeniedForAuthenticationLevel { get; }

    /// <summary>Why the PDP could not be asked; the caller answers 503, never a silent deny.</summary>
    public string? Unavailable { get; }

    /// <summary>Why the request could not be decided (for example an unknown service resource or party).</summary>
    public string? Problem { get; }

    /// <summary>Whether decisions are present.</summary>
    public bool IsDecided => Unavailable is null && Problem is null;

    public static DialogAuthorizationResult Decided(IReadOnlyList<DialogActionDecision> decisions) => new(decisions, null, null);

    public static DialogAuthorizationResult NotAvailable(string reason) => new([], reason, null);

    public static DialogAuthorizationResult Invalid(string problem) => new([], null, problem);
}
