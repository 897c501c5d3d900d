namespace DialogTokens.DialogService.Keys;

/// <summary>
/// Keys given in configuration, as Dialogporten's <c>Ed25519KeyPairs</c>: <c>DialogService:SigningKeys:Primary</c>
/// and <c>:Secondary</c>. When set, only Primary signs, both are published, and nothing rotates.
/// When neither is set, the stored, rotating key ring is used.
/// </summary>
public sealed class ConfiguredSigningKeysOptions
{
    /// <summary>The configuration section: <c>DialogService:SigningKeys</c>.</summary>
    public const string SectionName = "DialogService:SigningKeys";

    /// <summary>The key that signs. Required when <see cref="Secondary"/> is set.</summary>
    public ConfiguredKeyPair? Primary { get; set; }

    /// <summary>The other published key: the next or the previous one. Required when <see cref="Primary"/> is set.</summary>
    public ConfiguredKeyPair? Secondary { get; set; }

    /// <summary>Whether keys are given in configuration.</summary>
    public bool IsConfigured => Primary is not null || Secondary is not null;

    /// <summary>Every problem with these options, at once; empty when they are valid. Key material is never echoed.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!IsConfigured)
        {
            return errors;
        }

        ConfiguredKeyPair.Check(Primary, $"{SectionName}:Primary", errors, out var primary);
        ConfiguredKeyPair.Check(Secondary, $"{SectionName}:Secondary", errors, out var secondary);
        if (primary is not null && secondary is not null && string.Equals(primary.KeyId, secondary.KeyId, StringComparison.Ordinal))
        {
            errors.Add($"{SectionName}: Primary and Secondary must have different Kid values.");
        }

        primary?.Dispose();
        secondary?.Dispose();
        return errors;
    }
}
