namespace DialogTokens.Samples.ServiceProvider.Tests;

/// <summary>The system clock, moved by <see cref="Shift"/>; timers stay real. Lets a test make a token expire at the sample.</summary>
internal sealed class ShiftableTimeProvider : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}
