namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>What came of a service owner's soft delete.</summary>
internal abstract record DeleteDialogResult
{
    private DeleteDialogResult()
    {
    }

    /// <summary>Deleted now, as it now is (its new revision and <c>deletedAt</c>).</summary>
    public sealed record Deleted(Dialog Dialog) : DeleteDialogResult;

    /// <summary>There is no such dialog of this owner.</summary>
    public sealed record NotFound(string Detail) : DeleteDialogResult;

    /// <summary>The dialog was deleted before.</summary>
    public sealed record AlreadyDeleted(string Detail) : DeleteDialogResult;

    /// <summary><c>If-Match</c> names another revision, or another write won the race.</summary>
    public sealed record RevisionMismatch(string Detail) : DeleteDialogResult;
}
