namespace DialogTokens.Cli;

/// <summary>
/// The command cannot run as asked: a bad option value, an unreadable file, an unreachable URL. Caught once, at the
/// top, and printed as one line; the message says what was wrong and what to do.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
