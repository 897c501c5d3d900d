namespace DialogTokens.Portal.BrowserTests;

/// <summary>The system clock, moved by <see cref="Shift"/>; timers stay real. Shared by the dialog service and the sample, so a dialog token can be made to expire at the sample.</summary>
internal sealed class ShiftableTimeProvider : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}
