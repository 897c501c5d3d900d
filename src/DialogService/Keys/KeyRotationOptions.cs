namespace DialogTokens.DialogService.Keys;

/// <summary>
/// The schedule of the stored key ring. Bound from <see cref="SectionName"/>. A new key is published
/// <see cref="PublishLeadTime"/> before it signs, signs for <see cref="SigningPeriod"/>, and stays published until
/// every token it signed has expired (<see cref="TokenLifetime"/> plus <see cref="ClockSkewMargin"/> after it retires).
/// </summary>
public sealed class KeyRotationOptions
{
    /// <summary>The configuration section: <c>DialogService:KeyRotation</c>.</summary>
    public const string SectionName = "DialogService:KeyRotation";

    /// <summary>
    /// How long a key is published before it signs. Default 48 h, as Dialogporten promises; from 1 min to 30 days.
    /// </summary>
    public TimeSpan PublishLeadTime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How long each key signs. Default 30 days; from 1 min to 365 days.</summary>
    public TimeSpan SigningPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The lifetime of the tokens signed. Default 600 s, as Dialogporten; from 1 s to 1 h.</summary>
    public TimeSpan TokenLifetime { get; set; } = DialogTokenIssuerOptions.DefaultLifetime;

    /// <summary>
    /// Extra time a retired key stays published, for verifiers' clock skew. Default 5 min; from 0 to 1 h.
    /// </summary>
    public TimeSpan ClockSkewMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often each instance reloads the ring from the database and creates the next key when it is due.
    /// Default 1 min; from 1 s to 1 h, and shorter than <see cref="PublishLeadTime"/>.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Every problem with these options, at once; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Check(errors, nameof(PublishLeadTime), PublishLeadTime, TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
        Check(errors, nameof(SigningPeriod), SigningPeriod, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365));
        Check(errors, nameof(TokenLifetime), TokenLifetime, TimeSpan.FromSeconds(1), DialogTokenIssuerOptions.MaxLifetime);
        Check(errors, nameof(ClockSkewMargin), ClockSkewMargin, TimeSpan.Zero, TimeSpan.FromHours(1));
        Check(errors, nameof(RefreshInterval), RefreshInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        if (RefreshInterval >= PublishLeadTime)
        {
            errors.Add($"{SectionName}:RefreshInterval ({RefreshInterval}) must be shorter than PublishLeadTime ({PublishLeadTime}).");
        }

        return errors;
    }

    /// <summary>How long a key stays published after it retires.</summary>
    internal TimeSpan WithdrawDelay => TokenLifetime + ClockSkewMargin;

    private static void Check(List<string> errors, string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{SectionName}:{name} must be from {min} to {max} (was {value}).");
        }
    }
}
