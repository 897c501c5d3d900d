namespace DialogTokens.DialogService.Tests.Authentication;

/// <summary>The system clock, moved by <see cref="Shift"/>; timers stay real. Lets the identity provider sign a token in the past.</summary>
internal sealed class ShiftableTimeProvider : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}
