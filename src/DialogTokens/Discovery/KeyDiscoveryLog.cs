using Microsoft.Extensions.Logging;

namespace DialogTokens;

/// <summary>What key discovery logs. Key ids, counts and addresses only: never a token or key material.</summary>
internal static partial class KeyDiscoveryLog
{
    /// <summary>Logs how a fetch ended: a warning (or, with no key set at all, an error) for a failure; the new key set, or recovery.</summary>
    public static void FetchCompleted(
        this ILogger logger, Uri metadataAddress, KeyFetchResult result, string reason, KeyDiscoveryState before, KeyDiscoveryState after, TimeSpan due)
    {
        if (!result.IsSuccess)
        {
            if (after.Keys is { } keys)
            {
                logger.KeyRefreshFailed(metadataAddress, reason, after.Status.ConsecutiveFailures, result.Error, keys.Count, after.Status.LastSuccess, due);
            }
            else
            {
                logger.KeysUnavailable(metadataAddress, reason, after.Status.ConsecutiveFailures, result.Error, due);
            }

            return;
        }

        if (before.Status.ConsecutiveFailures > 0)
        {
            logger.KeyRefreshRecovered(metadataAddress, before.Status.ConsecutiveFailures);
        }

        if (ReferenceEquals(before.Keys, after.Keys))
        {
            logger.KeySetUnchanged(result.JwksUri, reason, due);
        }
        else if (logger.IsEnabled(LogLevel.Information))
        {
            logger.KeySetLoaded(result.Keys.Count, string.Join(", ", result.Keys.Select(k => k.KeyId)), result.JwksUri, reason, due);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "KeySetLoaded", Level = LogLevel.Information,
        Message = "Loaded {KeyCount} dialog token keys ({KeyIds}) from {JwksUri} ({Reason}); next refresh in {RefreshIn}.")]
    private static partial void KeySetLoaded(this ILogger logger, int keyCount, string keyIds, Uri jwksUri, string reason, TimeSpan refreshIn);

    [LoggerMessage(EventId = 2, EventName = "KeySetUnchanged", Level = LogLevel.Debug,
        Message = "The dialog token key set at {JwksUri} is unchanged ({Reason}); next refresh in {RefreshIn}.")]
    private static partial void KeySetUnchanged(this ILogger logger, Uri jwksUri, string reason, TimeSpan refreshIn);

    [LoggerMessage(EventId = 3, EventName = "KeyRefreshRecovered", Level = LogLevel.Information,
        Message = "Reading the issuer's dialog token keys from {MetadataAddress} works again after {Failures} failed attempts.")]
    private static partial void KeyRefreshRecovered(this ILogger logger, Uri metadataAddress, int failures);

    [LoggerMessage(EventId = 4, EventName = "KeyRefreshFailed", Level = LogLevel.Warning,
        Message = "Could not refresh the dialog token keys from {MetadataAddress} ({Reason}, failure {Failures}): {Error} " +
            "Keeping the last good key set of {KeyCount} keys, loaded {LastSuccess:O}; retrying in {RetryIn}.")]
    private static partial void KeyRefreshFailed(
        this ILogger logger, Uri metadataAddress, string reason, int failures, string error, int keyCount, DateTimeOffset? lastSuccess, TimeSpan retryIn);

    [LoggerMessage(EventId = 5, EventName = "KeysUnavailable", Level = LogLevel.Error,
        Message = "Could not load the dialog token keys from {MetadataAddress} ({Reason}, failure {Failures}): {Error} " +
            "No key set was ever loaded, so every dialog token is refused (keys_unavailable); retrying in {RetryIn}.")]
    private static partial void KeysUnavailable(this ILogger logger, Uri metadataAddress, string reason, int failures, string error, TimeSpan retryIn);
}
