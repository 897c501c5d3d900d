namespace DialogTokens.Authorization;

/// <summary>
/// Decides dialogs through any XACML JSON-profile PDP: the embedded engine or a remote one (Altinn Authorization
/// included). Both see the same request, so switching is configuration only.
/// </summary>
public sealed class XacmlDialogAuthorizer(IXacmlPolicyDecisionPoint pdp) : IDialogAuthorizer
{
    /// <inheritdoc/>
    public async Task<DialogAuthorizationResult> AuthorizeAsync(DialogAuthorizationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Actions.Count == 0)
        {
            return DialogAuthorizationResult.Decided([]);
        }

        var outcome = await pdp.DecideAsync(DialogXacmlRequest.Create(request), cancellationToken);
        return outcome switch
        {
            { Response: { } response } => DialogXacmlRequest.Read(request, response),
            { Unavailable: { } reason } => DialogAuthorizationResult.NotAvailable(reason),
            _ => DialogAuthorizationResult.Invalid(outcome.RequestProblem ?? "The policy decision point refused the request."),
        };
    }
}
