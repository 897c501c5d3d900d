namespace DialogTokens.DialogService.Dialogs.EndUser;

/// <summary>What came of an end user's list request: a page, a query refused, or no answer from the PDP.</summary>
internal abstract record ListDialogsResult
{
    private ListDialogsResult()
    {
    }

    /// <summary>The page: only dialogs the user may read, and whether (and where) the list goes on.</summary>
    public sealed record Listed(EndUserDialogList Page) : ListDialogsResult;

    /// <summary>The query breaks rules (<c>limit</c>, <c>continuationToken</c>); every violation by parameter.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : ListDialogsResult;

    /// <summary>The PDP did not answer; answered 503, never an empty page.</summary>
    public sealed record PdpUnavailable(string Detail) : ListDialogsResult;
}
