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

        var xacml = DialogXacmlRequest.Create(request);
        if (xacml.Problem is { } problem)
        {
            return DialogAuthorizationResult.Invalid(problem);
        }

        if (xacml.Root is not { } root)
        {
            // No pair could be asked (each has a malformed attribute): every one is denied.
            return xacml.Read(new() { Response = [] });
        }

        var outcome = await pdp.DecideAsync(root, cancellationToken);
        return outcome switch
        {
            { Response: { } response } => xacml.Read(response),
            { Unavailable: { } reason } => DialogAuthorizationResult.NotAvailable(reason),
            _ => DialogAuthorizationResult.Invalid(outcome.RequestProblem ?? "The policy decision point refused the request."),
        };
    }
}
