namespace DialogTokens.Cli;

/// <summary>A clock that always says the same instant: <c>verify --at</c>.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
