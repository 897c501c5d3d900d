namespace DialogTokens.Samples.ServiceProvider.WriteActions;

/// <summary>What became of a change.</summary>
public enum DialogChangeOutcome
{
    /// <summary>The change was made (a delete of a deleted dialog counts as made).</summary>
    Done,

    /// <summary>The dialog service has no such dialog for the sample's organization: none, or another owner's.</summary>
    NotFound,

    /// <summary>The dialog was deleted; nothing was changed.</summary>
    Deleted,

    /// <summary>Someone else changed the dialog first, at every attempt (412); nothing was changed.</summary>
    Conflict,

    /// <summary>The dialog service answered something unusable: a 5xx, a refusal of the sample's own call, a body that is not a dialog.</summary>
    Failed,

    /// <summary>The dialog service could not be reached, did not answer in time, or answered 503.</summary>
    Unavailable,
}

/// <summary>The outcome of a change, with one line that says what happened (for the problem's detail and the log).</summary>
public sealed record DialogChangeResult(DialogChangeOutcome Outcome, string Detail)
{
    public static DialogChangeResult Done { get; } = new(DialogChangeOutcome.Done, "Done.");

    public bool IsDone => Outcome == DialogChangeOutcome.Done;
}
