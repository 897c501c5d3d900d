using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using DialogTokens.Samples.ServiceProvider.WriteActions;

namespace DialogTokens.Samples.ServiceProvider.ServiceOwnerApi;

/// <summary>What the service-owner API said to one call, read into what the sample can act on.</summary>
public enum DialogServiceStatus
{
    /// <summary>2xx with a usable body.</summary>
    Ok,

    /// <summary>404: no such dialog for this organization.</summary>
    NotFound,

    /// <summary>410, or a dialog whose <c>deletedAt</c> is set.</summary>
    Deleted,

    /// <summary>412: the dialog changed since it was read.</summary>
    RevisionMismatch,

    /// <summary>Anything else: 5xx, another 4xx, a body that is not a dialog.</summary>
    Failed,

    /// <summary>Unreachable, timed out, or 503.</summary>
    Unavailable,
}

/// <summary>One call's answer; <see cref="Dialog"/> and <see cref="ETag"/> are set when a GET found the dialog.</summary>
public sealed record DialogServiceAnswer(DialogServiceStatus Status, string Detail, JsonObject? Dialog = null, string? ETag = null)
{
    public static DialogServiceAnswer Ok { get; } = new(DialogServiceStatus.Ok, "OK.");

    [MemberNotNullWhen(true, nameof(Dialog), nameof(ETag))]
    public bool IsFound => Status == DialogServiceStatus.Ok && Dialog is not null && ETag is not null;

    /// <summary>The change's result for an answer that ends it (anything but OK or a lost race).</summary>
    public DialogChangeResult ToResult() => Status switch
    {
        DialogServiceStatus.Ok => DialogChangeResult.Done,
        DialogServiceStatus.NotFound => new(DialogChangeOutcome.NotFound, Detail),
        DialogServiceStatus.Deleted => new(DialogChangeOutcome.Deleted, Detail),
        DialogServiceStatus.RevisionMismatch => new(DialogChangeOutcome.Conflict, Detail),
        DialogServiceStatus.Unavailable => new(DialogChangeOutcome.Unavailable, Detail),
        _ => new(DialogChangeOutcome.Failed, Detail),
    };
}
