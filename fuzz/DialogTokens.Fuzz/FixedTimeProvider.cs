namespace DialogTokens.Fuzz;

/// <summary>A clock that never moves, so that an input always takes the same path.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
