namespace DialogTokens;

/// <summary>Where a verifier gets the issuer's keys from: a fixed set, or a cache that discovers and refreshes them.</summary>
public interface IDialogTokenKeySource
{
    /// <summary>The key set to verify with now, or <c>null</c> when none was ever loaded.</summary>
    DialogTokenKeySet? Current { get; }
}
