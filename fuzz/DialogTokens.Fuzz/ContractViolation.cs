namespace DialogTokens.Fuzz;

/// <summary>The code under test answered something its contract rules out; escapes to AFL as a crash.</summary>
internal sealed class ContractViolation(string message) : Exception(message)
{
    public static void ThrowUnless(bool condition, string message)
    {
        if (!condition)
        {
            throw new ContractViolation(message);
        }
    }
}
