using System.Diagnostics;

namespace DialogTokens.Portal.Client.Tracing;

/// <summary>
/// One trace per step the user takes (opening a dialog, performing an action). The portal records nothing itself; it
/// only names the trace in the <c>traceparent</c> header (W3C Trace Context) of each call the step makes, so the
/// dialog service and the service provider add their spans to the same trace, and the dashboard shows the step whole.
/// </summary>
public static class UserStep
{
    /// <summary>Starts a new trace, never a child of an earlier step; dispose it when the step is over.</summary>
    public static Activity Begin(string name)
    {
        Activity.Current = null;
        return new Activity(name).SetIdFormat(ActivityIdFormat.W3C).Start();
    }
}

/// <summary>Adds <c>traceparent</c> from the current step to a request that carries none.</summary>
public sealed class TraceParentHandler : DelegatingHandler
{
    internal const string HeaderName = "traceparent";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { } id } && !request.Headers.Contains(HeaderName))
        {
            request.Headers.TryAddWithoutValidation(HeaderName, id);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
