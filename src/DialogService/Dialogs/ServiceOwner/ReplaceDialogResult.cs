namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>What came of a service owner's replace (PUT). A refused replace changes nothing.</summary>
internal abstract record ReplaceDialogResult
{
    private ReplaceDialogResult()
    {
    }

    /// <summary>Replaced, as it now is (its new revision).</summary>
    public sealed record Replaced(Dialog Dialog) : ReplaceDialogResult;

    /// <summary>There is no such dialog of this owner.</summary>
    public sealed record NotFound(string Detail) : ReplaceDialogResult;

    /// <summary>The dialog was deleted.</summary>
    public sealed record Deleted(string Detail) : ReplaceDialogResult;

    /// <summary>No <c>If-Match</c>: a replace must name the revision it changes, so that no concurrent update is lost.</summary>
    public sealed record RevisionRequired(string Detail) : ReplaceDialogResult;

    /// <summary><c>If-Match</c> names another revision, or another write won the race.</summary>
    public sealed record RevisionMismatch(string Detail) : ReplaceDialogResult;

    /// <summary>The request breaks rules; every violation by JSON path.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : ReplaceDialogResult;

    /// <summary>An action names a resource the caller's organization does not own.</summary>
    public sealed record Forbidden(string Detail) : ReplaceDialogResult;
}
