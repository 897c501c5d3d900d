using System.Text;
using DialogTokens.Authorization;

namespace DialogTokens.Fuzz.Targets;

/// <summary>
/// The XACML policy validator. Contract: for any text, <see cref="PolicyValidator.TryValidate"/> returns — a policy and
/// no problems, or no policy and at least one problem — and never throws.
/// </summary>
internal sealed class PolicyTarget : IFuzzTarget
{
    public string Run(ReadOnlySpan<byte> input)
    {
        var valid = PolicyValidator.TryValidate(Encoding.UTF8.GetString(input), out var policy, out var problems);
        ContractViolation.ThrowUnless(
            valid ? policy is not null && problems.Count == 0 : policy is null && problems.Count > 0,
            $"TryValidate answered {valid} with {(policy is null ? "no policy" : "a policy")} and {problems.Count} problems.");
        return valid ? "valid" : string.Join("; ", problems);
    }
}
