namespace DialogTokens;

/// <summary>Where an issuer gets the key to sign with now: a fixed key, or a key ring that rotates.</summary>
public interface IDialogTokenSigningKeySource
{
    /// <summary>The key that signs now.</summary>
    DialogTokenSigningKey Current { get; }
}

/// <summary>A signing key source that always answers the same key.</summary>
public sealed class FixedSigningKeySource(DialogTokenSigningKey key) : IDialogTokenSigningKeySource
{
    /// <inheritdoc/>
    public DialogTokenSigningKey Current { get; } = key ?? throw new ArgumentNullException(nameof(key));
}
