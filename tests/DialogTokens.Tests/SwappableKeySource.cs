namespace DialogTokens.Tests;

/// <summary>A key source whose key set a test replaces, as key discovery does when the issuer rotates or withdraws a key.</summary>
internal sealed class SwappableKeySource(DialogTokenKeySet? current) : IDialogTokenKeySource
{
    public DialogTokenKeySet? Current { get; set; } = current;
}
