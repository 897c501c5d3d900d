using DialogTokens.Authorization;

namespace DialogTokens.DialogService.Tests.EndUser;

/// <summary>Counts the decisions the dialog service asks for, and passes each to the real authorizer.</summary>
internal sealed class CountingDialogAuthorizer(IDialogAuthorizer inner) : IDialogAuthorizer
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public void Reset() => Interlocked.Exchange(ref calls, 0);

    public Task<DialogAuthorizationResult> AuthorizeAsync(DialogAuthorizationRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref calls);
        return inner.AuthorizeAsync(request, cancellationToken);
    }
}
