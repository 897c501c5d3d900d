using System.Diagnostics;

namespace DialogTokens.Authorization;

/// <summary>
/// One span per dialog decision (<c>pdp.decide</c>): the service resource, how many pairs were asked and permitted, and
/// whether the decision cache answered. Neither the user nor the party is recorded: both can be a national identity number.
/// </summary>
public static class AuthorizationActivities
{
    /// <summary>The activity source (<c>AddSource("DialogTokens.Authorization")</c>).</summary>
    public const string SourceName = "DialogTokens.Authorization";

    private static readonly ActivitySource Source = new(SourceName, typeof(AuthorizationActivities).Assembly.GetName().Version?.ToString());

    internal static Activity? StartDecision(DialogAuthorizationRequest request)
    {
        var activity = Source.StartActivity("pdp.decide");
        activity?.SetTag("authorization.service_resource", request.ServiceResource)
            .SetTag("authorization.pairs", request.Actions.Count);
        return activity;
    }

    internal static void Record(Activity? activity, DialogAuthorizationResult result, string cache)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("authorization.cache", cache);
        if (result.Unavailable is { } reason)
        {
            activity.SetTag("authorization.outcome", "unavailable");
            activity.SetStatus(ActivityStatusCode.Error, reason);
        }
        else if (result.Problem is not null)
        {
            activity.SetTag("authorization.outcome", "undecidable");
        }
        else
        {
            activity.SetTag("authorization.outcome", "decided");
            activity.SetTag("authorization.permitted", result.Decisions.Count(d => d.IsPermitted));
        }
    }
}
