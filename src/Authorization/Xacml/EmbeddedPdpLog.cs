using Microsoft.Extensions.Logging;

namespace DialogTokens.Authorization;

/// <summary>What the embedded decision point logs: reasons and ids, never a policy or a whole request.</summary>
internal static partial class EmbeddedPdpLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Decision request refused: {Problem}")]
    public static partial void RequestRefused(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision Indeterminate for resource '{ResourceId}': {Reason}")]
    public static partial void Undecidable(ILogger logger, string? resourceId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The policy of resource '{ResourceId}' failed during evaluation")]
    public static partial void EvaluationFailed(ILogger logger, string resourceId, Exception exception);
}
