namespace DialogTokens;

/// <summary>Why a fetch of the issuer's keys began: the <c>reason</c> tag of <c>dialogtokens.keys.refreshes</c>, and in logs.</summary>
internal static class KeyRefreshReason
{
    /// <summary><see cref="DialogTokenKeyDiscovery.StartAsync"/>.</summary>
    public const string Start = "start";

    /// <summary>The background timer, at 80 % of the key set's cache lifetime.</summary>
    public const string Scheduled = "scheduled";

    /// <summary>A token named a key id not in the key set (or arrived before any key set loaded).</summary>
    public const string UnknownKid = "unknown_kid";

    /// <summary>The background timer, after a failed fetch.</summary>
    public const string Retry = "retry";
}
