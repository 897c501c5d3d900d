using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.DialogService.Keys;

/// <summary>Keys given in configuration, as Dialogporten: Primary signs, Primary and Secondary are published, no rotation.</summary>
internal sealed class ConfiguredKeyRing : IDialogTokenKeyRing
{
    public ConfiguredKeyRing(ConfiguredSigningKeysOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Primary is null || options.Secondary is null
            || !options.Primary.TryImport(out var primary, out _) || !options.Secondary.TryImport(out var secondary, out _))
        {
            throw new InvalidOperationException($"{ConfiguredSigningKeysOptions.SectionName} is invalid; options validation reports why.");
        }

        Current = primary!;
        Published = new DialogTokenKeySet([primary!.PublicKey, secondary!.PublicKey]);
    }

    public DialogTokenSigningKey Current { get; }

    public DialogTokenKeySet Published { get; }

    public bool TryGetSigningKey([NotNullWhen(true)] out DialogTokenSigningKey? key)
    {
        key = Current;
        return true;
    }

    public Task<KeyRotationResult> RotateNowAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(KeyRotationResult.Refused("The signing keys are given in configuration; rotate them by changing Primary and Secondary."));
}
