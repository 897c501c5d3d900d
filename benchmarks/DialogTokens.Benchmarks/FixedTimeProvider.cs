namespace DialogTokens.Benchmarks;

/// <summary>A clock that always answers the same instant, so a token issued at setup stays valid for the whole run.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
