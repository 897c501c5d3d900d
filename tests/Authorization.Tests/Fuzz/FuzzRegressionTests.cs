namespace DialogTokens.Authorization.Tests.Fuzz;

/// <summary>
/// Inputs kept under Fuzz/&lt;target&gt;/ from fuzzing the policy validator (fuzz/README.md, docs/security.md#fuzzing):
/// each is refused with a problem, never an exception. nested-200-deep.xml stands for the deep documents that took
/// XDocument minutes to load; the validator now refuses them before loading.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> PolicyInputs() =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fuzz", "policy")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PolicyInputs))]
    public void PolicyValidator_RefusesTheInput_WithAProblem(string file)
    {
        var xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fuzz", "policy", file));

        Assert.False(PolicyValidator.TryValidate(xml, out var policy, out var problems));
        Assert.Null(policy);
        Assert.Contains(problems, p => p.Message.Contains("nested more than", StringComparison.Ordinal));
    }
}
