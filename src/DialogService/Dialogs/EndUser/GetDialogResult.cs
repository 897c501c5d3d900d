namespace DialogTokens.DialogService.Dialogs.EndUser;

/// <summary>What came of an end user's GET of one dialog. Every refusal carries the detail the caller reads.</summary>
internal abstract record GetDialogResult
{
    private GetDialogResult()
    {
    }

    /// <summary>The dialog, with a decision on every action and a fresh dialog token.</summary>
    public sealed record Found(EndUserDialogView Dialog) : GetDialogResult;

    /// <summary>There is no such dialog.</summary>
    public sealed record NotFound(string Detail) : GetDialogResult;

    /// <summary>The user may not read the dialog, or it could not be decided (fail closed).</summary>
    public sealed record Forbidden(string Detail) : GetDialogResult;

    /// <summary>The policy permits reading only at a higher authentication level than the login has.</summary>
    public sealed record AuthenticationLevelTooLow(string Detail) : GetDialogResult;

    /// <summary>The dialog was deleted; told only to those who may read it.</summary>
    public sealed record Deleted(string Detail) : GetDialogResult;

    /// <summary>The policy decision point did not answer; never turned into a deny.</summary>
    public sealed record PdpUnavailable(string Detail) : GetDialogResult;

    /// <summary>The issuer address is not known yet, so no token can name its issuer.</summary>
    public sealed record IssuerAddressUnknown(string Detail) : GetDialogResult;

    /// <summary>The key ring has no signing key yet, so no token can be signed.</summary>
    public sealed record NoSigningKey(string Detail) : GetDialogResult;
}
