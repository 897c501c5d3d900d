using DialogTokens.Authorization;
using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.Parties;

namespace DialogTokens.DialogService.Dialogs.EndUser;

/// <summary>
/// The end user's dialog list. It pages over what the user may read only: the parties asked for, kept to those the user
/// may act for (<see cref="ActingParties"/>: the user, the parties the user holds a right for, their sub-units), then one <c>read</c> decision per
/// (party, service resource). A party the user may not act for looks exactly like a party without dialogs.
/// Each request is bounded: at most <see cref="MaxDecisionsPerRequest"/> decisions and <see cref="MaxReadsPerRequest"/>
/// database reads; when a bound is hit, the page so far comes back with a continuation token that resumes after the
/// last dialog examined, so that how many dialogs the user may not read is not told. That dialog may be one the user
/// may not read, so the token is sealed for the user (<see cref="DialogListTokens"/>): its id and time are not told either.
/// </summary>
internal sealed class ListDialogs(DialogStore store, IAuthorizationStore parties, IDialogAuthorizer authorizer, DialogListTokens tokens)
{
    /// <summary>The most PDP decisions one list request makes.</summary>
    public const int MaxDecisionsPerRequest = 50;

    /// <summary>The most database reads one list request makes.</summary>
    public const int MaxReadsPerRequest = 10;

    /// <summary>One page; <paramref name="party"/>, <paramref name="limit"/> and <paramref name="continuationToken"/> as the query gave them.</summary>
    public async Task<ListDialogsResult> RunAsync(
        EndUserCaller caller, string[]? party, string? limit, string? continuationToken, CancellationToken cancellationToken)
    {
        if (!EndUserDialogListRequest.TryCreate(party, limit, continuationToken, tokens, caller.Subject, out var request, out var errors))
        {
            return new ListDialogsResult.Invalid(errors);
        }

        var actingFor = await ActingParties.ListUrnsAsync(parties, caller.Subject, cancellationToken);
        var wanted = request.Parties.Count == 0 ? actingFor : [.. request.Parties.Where(actingFor.Contains)];

        var readable = new Dictionary<(string Party, string Resource), bool>();
        var unreadable = new List<(string Party, string ServiceResource)>();
        var items = new List<EndUserDialogListItem>();
        var after = request.After;
        DialogListPosition? lastItem = null;
        var decisions = 0;
        for (var reads = 0; reads < MaxReadsPerRequest; reads++)
        {
            // One more than the page needs tells whether the list goes on.
            var want = request.Limit + 1 - items.Count;
            var batch = await store.ListForEndUserAsync(wanted, after is { } a ? (a.UpdatedAt, a.Id) : null, unreadable, want, cancellationToken);
            foreach (var dialog in batch)
            {
                var key = (dialog.Party, dialog.ServiceResource);
                if (!readable.TryGetValue(key, out var canRead))
                {
                    if (decisions == MaxDecisionsPerRequest)
                    {
                        return Page(caller, items, resumeAfter: after);
                    }

                    decisions++;
                    var decision = await authorizer.AuthorizeAsync(ReadRequest(caller, dialog), cancellationToken);
                    if (decision.Unavailable is not null)
                    {
                        return new ListDialogsResult.PdpUnavailable("The policy decision point did not answer: " + decision.Unavailable);
                    }

                    // Fail closed: a pair that cannot be decided is not readable.
                    readable[key] = canRead = decision.IsDecided && decision.Authorized.IsGranted("read");
                    if (!canRead)
                    {
                        unreadable.Add(key);
                    }
                }

                if (canRead)
                {
                    if (items.Count == request.Limit)
                    {
                        return Page(caller, items, resumeAfter: lastItem);
                    }

                    items.Add(EndUserDialogViews.ListItem(dialog));
                    lastItem = DialogListPosition.After(dialog);
                }

                after = DialogListPosition.After(dialog);
            }

            if (batch.Count < want)
            {
                return Page(caller, items, resumeAfter: null);
            }
        }

        return Page(caller, items, resumeAfter: after);
    }

    private ListDialogsResult.Listed Page(EndUserCaller caller, List<EndUserDialogListItem> items, DialogListPosition? resumeAfter) =>
        new(new EndUserDialogList(items, resumeAfter is not null, resumeAfter is { } position ? tokens.Seal(position, caller.Subject) : null));

    private static DialogAuthorizationRequest ReadRequest(EndUserCaller caller, Dialog dialog) => new()
    {
        Subject = caller.Subject,
        AuthenticationLevel = caller.AuthenticationLevel,
        Party = dialog.Party,
        ServiceResource = dialog.ServiceResource,
        Actions = [new DialogAction("read")],
    };
}
