namespace DialogTokens.Fuzz;

/// <summary>
/// One fuzz target: runs the code under test on any input and throws only when the code broke its contract (an
/// exception it documents never to throw, or an answer that contradicts itself). Such an exception is a crash to AFL.
/// </summary>
internal interface IFuzzTarget
{
    /// <summary>Runs one input; answers what the code under test made of it, in one line (shown when replaying a file).</summary>
    string Run(ReadOnlySpan<byte> input);
}
