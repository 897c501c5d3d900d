using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DialogTokens.Samples.ServiceProvider.Tests;

/// <summary>Keeps every log entry of one category prefix, so a test can see what a background failure wrote.</summary>
internal sealed class CapturedLogs(string categoryPrefix) : ILoggerProvider
{
    private readonly string prefix = categoryPrefix;
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => category.StartsWith(logs.prefix, StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.entries.Enqueue((logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}
