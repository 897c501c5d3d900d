using System.Diagnostics;

namespace DialogTokens.Samples.ServiceProvider;

/// <summary>
/// The sample's spans: a write action (and, for one answered 202, its change made later, in the same trace) and an
/// embed served. Token verification has its own span from the library (<c>dialogtoken.verify</c>).
/// </summary>
public static class SampleActivities
{
    /// <summary>The activity source (<c>AddSource("DialogTokens.Samples.ServiceProvider")</c>).</summary>
    public const string SourceName = "DialogTokens.Samples.ServiceProvider";

    internal static readonly ActivitySource Source = new(SourceName, typeof(SampleActivities).Assembly.GetName().Version?.ToString());

    internal static Activity? StartWriteAction(string name, Guid dialogId, string action, ActivityContext parent = default)
    {
        var activity = Source.StartActivity(name, ActivityKind.Internal, parent);
        activity?.SetTag("dialog.id", dialogId.ToString()).SetTag("dialog.action", action);
        return activity;
    }

    internal static Activity? StartEmbed(Guid dialogId, string embed)
    {
        var activity = Source.StartActivity("embed");
        activity?.SetTag("dialog.id", dialogId.ToString()).SetTag("embed.name", embed);
        return activity;
    }
}
