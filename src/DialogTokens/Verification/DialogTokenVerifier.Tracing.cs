using System.Diagnostics;

namespace DialogTokens;

public sealed partial class DialogTokenVerifier
{
    /// <summary>The activity source of verification, named as the library's meter (<c>AddSource("DialogTokens")</c>).</summary>
    public const string ActivitySourceName = "DialogTokens";

    private static readonly ActivitySource ActivitySource = new(ActivitySourceName, typeof(DialogTokenVerifier).Assembly.GetName().Version?.ToString());

    /// <summary>
    /// Verifies <paramref name="token"/> and, when given, that it is for <paramref name="dialogId"/> and grants every
    /// one of <paramref name="requiredActions"/> (strictly: an action without attribute needs a permit on the main resource).
    /// </summary>
    public DialogTokenValidationResult Verify(string? token, Guid? dialogId = null, params ReadOnlySpan<DialogAction> requiredActions)
    {
        // One activity per verification when someone listens; nothing of the token itself is recorded, only the outcome.
        using var activity = ActivitySource.StartActivity("dialogtoken.verify");
        var result = VerifyUntraced(token, dialogId, requiredActions);
        if (activity is not null)
        {
            activity.SetTag("dialogtoken.outcome", result.IsValid ? "valid" : "rejected");
            if (!result.IsValid)
            {
                activity.SetTag("error.type", result.ErrorCode);
                activity.SetStatus(ActivityStatusCode.Error, result.ErrorCode);
            }
        }

        return result;
    }
}
