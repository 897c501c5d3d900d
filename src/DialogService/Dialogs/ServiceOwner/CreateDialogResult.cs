namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>What came of a service owner's create. A refused create stores nothing.</summary>
internal abstract record CreateDialogResult
{
    private CreateDialogResult()
    {
    }

    /// <summary>Stored, as it now is.</summary>
    public sealed record Created(Dialog Dialog) : CreateDialogResult;

    /// <summary>The request breaks rules, or names a service resource the registry does not know; every violation by JSON path.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : CreateDialogResult;

    /// <summary>The caller's organization does not own the service resource, or a resource an action names.</summary>
    public sealed record Forbidden(string Detail) : CreateDialogResult;

    /// <summary>A dialog with the requested id exists already.</summary>
    public sealed record Exists(string Detail) : CreateDialogResult;
}
