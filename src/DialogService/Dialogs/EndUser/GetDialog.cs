using DialogTokens.Authorization;
using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.WellKnown;

namespace DialogTokens.DialogService.Dialogs.EndUser;

/// <summary>
/// An end user reads one dialog: find it, decide every action it carries, refuse unless <c>read</c> is permitted, and
/// issue a dialog token holding what was permitted. The only use case that issues a token.
/// </summary>
internal sealed class GetDialog(DialogStore store, IDialogAuthorizer authorizer, DialogTokenIssuerSource issuers)
{
    /// <summary>How the dialog is named to the PDP (<c>urn:altinn:resource:instance-id</c>), as Dialogporten names it.</summary>
    public const string InstancePrefix = "urn:altinn:dialog-id:";

    public async Task<GetDialogResult> RunAsync(EndUserCaller caller, Guid dialogId, CancellationToken cancellationToken)
    {
        var dialog = await store.FindAsync(dialogId, cancellationToken);
        if (dialog is null)
        {
            return new GetDialogResult.NotFound($"There is no dialog {dialogId}.");
        }

        // Authorized first, as Dialogporten does: that a dialog was deleted, and when, is for those who may read it.
        var decision = await authorizer.AuthorizeAsync(Request(caller, dialog), cancellationToken);
        if (Refusal(decision, caller, dialog) is { } refusal)
        {
            return refusal;
        }

        if (dialog.IsDeleted)
        {
            return new GetDialogResult.Deleted($"The dialog {dialogId} was deleted at {dialog.DeletedAt:O}.");
        }

        return issuers.Get() switch
        {
            DialogTokenIssuing.Ready ready => new GetDialogResult.Found(
                EndUserDialogViews.Create(dialog, decision.Authorized, ready.Issuer.Issue(Descriptor(caller, dialog, decision.Authorized)))),
            DialogTokenIssuing.IssuerAddressUnknown => new GetDialogResult.IssuerAddressUnknown(IssuerAddress.UnknownReason),
            // Only while the key ring has not loaded yet (start-up against an unreachable database).
            _ => new GetDialogResult.NoSigningKey("No signing key is loaded yet, so no dialog token can be issued; try again shortly."),
        };
    }

    private static DialogAuthorizationRequest Request(EndUserCaller caller, Dialog dialog) => new()
    {
        Subject = caller.Subject,
        AuthenticationLevel = caller.AuthenticationLevel,
        Party = dialog.Party,
        ServiceResource = dialog.ServiceResource,
        InstanceId = InstancePrefix + dialog.Id,
        Actions = dialog.Document.AuthorizationPairs(),
    };

    private static DialogTokenDescriptor Descriptor(EndUserCaller caller, Dialog dialog, AuthorizedActions authorized) => new()
    {
        AuthenticatedParty = caller.Subject,
        AuthenticationLevel = caller.AuthenticationLevel,
        Party = dialog.Party,
        ServiceResource = dialog.ServiceResource,
        DialogId = dialog.Id,
        Actions = authorized,
    };

    /// <summary>Why the user may not see the dialog at all, or null when <c>read</c> on the main resource is permitted.</summary>
    private static GetDialogResult? Refusal(DialogAuthorizationResult decision, EndUserCaller caller, Dialog dialog)
    {
        if (decision.Unavailable is not null)
        {
            return new GetDialogResult.PdpUnavailable("The policy decision point did not answer, so no decision was made: " + decision.Unavailable);
        }

        if (decision.Problem is not null)
        {
            // Fail closed: a dialog that cannot be decided is not shown.
            return new GetDialogResult.Forbidden($"The dialog {dialog.Id} could not be authorized: {decision.Problem}");
        }

        if (decision.Authorized.IsGranted("read"))
        {
            return null;
        }

        var read = decision.Decisions.FirstOrDefault(d => d.Action == new DialogAction("read"));
        return read?.MinimumAuthenticationLevel is { } needed && needed > caller.AuthenticationLevel
            ? new GetDialogResult.AuthenticationLevelTooLow($"Reading dialog {dialog.Id} needs authentication level {needed}; this login has level {caller.AuthenticationLevel}. Log in again with a higher level.")
            : new GetDialogResult.Forbidden($"{caller.Subject} may not read dialog {dialog.Id}.");
    }
}
