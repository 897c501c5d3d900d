using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DialogTokens.DialogService.Telemetry;

/// <summary>
/// The service's own spans, one per dialog operation, beneath ASP.NET Core's request span: what was asked (the dialog)
/// and how it ended (the problem type), so a trace in the dashboard reads as GET dialog → PDP decision.
/// </summary>
internal static class DialogServiceActivities
{
    /// <summary>The activity source (<c>AddSource("DialogTokens.DialogService")</c>).</summary>
    public const string SourceName = "DialogTokens.DialogService";

    internal static readonly ActivitySource Source = new(SourceName, typeof(DialogServiceActivities).Assembly.GetName().Version?.ToString());

    /// <summary>Wraps the endpoint in a span named <paramref name="name"/> (for example <c>dialog.get</c>).</summary>
    public static TBuilder WithDialogActivity<TBuilder>(this TBuilder builder, string name) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new ActivityFilter(name));

    private sealed class ActivityFilter(string name) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            using var activity = Source.StartActivity(name);
            if (activity is null)
            {
                return await next(context);
            }

            if (context.HttpContext.Request.RouteValues.TryGetValue("dialogId", out var dialogId) && dialogId is not null)
            {
                activity.SetTag("dialog.id", dialogId.ToString());
            }

            var result = await next(context);
            Record(activity, result is INestedHttpResult nested ? nested.Result : result);
            return result;
        }

        private static void Record(Activity activity, object? result)
        {
            if (result is ProblemHttpResult problem)
            {
                activity.SetTag("dialog.outcome", ProblemName(problem.ProblemDetails.Type));
                activity.SetTag("http.response.status_code", problem.StatusCode);
                // A refusal (403, 404, 410) is the service working; only a failure to answer is an error of the span.
                if (problem.StatusCode >= 500)
                {
                    activity.SetStatus(ActivityStatusCode.Error, problem.ProblemDetails.Detail);
                }

                return;
            }

            activity.SetTag("dialog.outcome", "ok");
            if (result is IStatusCodeHttpResult { StatusCode: { } status })
            {
                activity.SetTag("http.response.status_code", status);
            }
        }

        /// <summary>The last path segment of the problem type: <c>dialog-not-found</c>, <c>forbidden</c>, <c>pdp-unavailable</c>.</summary>
        private static string ProblemName(string? type) =>
            string.IsNullOrEmpty(type) ? "problem" : type[(type.LastIndexOf('/') + 1)..];
    }
}
