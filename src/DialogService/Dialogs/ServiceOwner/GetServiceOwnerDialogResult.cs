namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>What came of a service owner's GET of one dialog.</summary>
internal abstract record GetServiceOwnerDialogResult
{
    private GetServiceOwnerDialogResult()
    {
    }

    /// <summary>The dialog, deleted or not.</summary>
    public sealed record Found(Dialog Dialog) : GetServiceOwnerDialogResult;

    /// <summary>There is no such dialog, or it is another owner's.</summary>
    public sealed record NotFound(string Detail) : GetServiceOwnerDialogResult;
}
