using DialogTokens.AspNetCore;

namespace DialogTokens.Samples.ServiceProvider.Problems;

/// <summary>
/// Every problem the sample answers itself, besides the token problems of <see cref="DialogTokenProblemTypes"/>: a
/// write action whose change the dialog service refused or could not make. RFC 9457 problem details with
/// <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c> and <c>traceId</c>; docs/errors.md repeats this table.
/// </summary>
public static class SampleProblemTypes
{
    /// <summary>404: the dialog service has no such dialog for the sample's organization (none, or another owner's).</summary>
    public const string DialogNotFound = DialogTokenProblemTypes.Prefix + "dialog-not-found";

    /// <summary>410: the dialog was deleted after the token was issued.</summary>
    public const string DialogDeleted = DialogTokenProblemTypes.Prefix + "dialog-deleted";

    /// <summary>409: every attempt lost the race with another change of the dialog (412 each time); nothing was changed.</summary>
    public const string DialogConflict = DialogTokenProblemTypes.Prefix + "dialog-conflict";

    /// <summary>502: the dialog service answered something the sample cannot use (5xx, 4xx to the sample's own call, a body that is not a dialog).</summary>
    public const string DialogServiceFailed = DialogTokenProblemTypes.Prefix + "dialog-service-failed";

    /// <summary>503: the dialog service (or the token endpoint) could not be reached or did not answer in time, or said 503; with <c>Retry-After</c>.</summary>
    public const string DialogServiceUnavailable = DialogTokenProblemTypes.Prefix + "dialog-service-unavailable";

    internal static readonly SampleProblemType NotFound = new(DialogNotFound, "Dialog not found", 404);
    internal static readonly SampleProblemType Deleted = new(DialogDeleted, "Dialog deleted", 410);
    internal static readonly SampleProblemType Conflict = new(DialogConflict, "Dialog kept changing", 409);
    internal static readonly SampleProblemType Failed = new(DialogServiceFailed, "Dialog service failed", 502);
    internal static readonly SampleProblemType Unavailable = new(DialogServiceUnavailable, "Dialog service unavailable", 503);
}

/// <summary>One row of <see cref="SampleProblemTypes"/>.</summary>
internal sealed record SampleProblemType(string Type, string Title, int Status);
