namespace DialogTokens.Authorization.Tests.Conformance;

/// <summary>Altinn's own policies pass our validator: its checks refuse mistakes, not the way Altinn writes policies.</summary>
public sealed class ConformancePolicyTests
{
    public static TheoryData<string> Policies()
    {
        if (ConformanceData.Directory is null)
        {
            return new TheoryData<string>("(conformance data missing)");
        }

        var root = ConformanceData.PathOf("Xacml", "3.0");
        return new TheoryData<string>(Directory.GetFiles(root, "policy.xml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void AltinnPolicy_PassesValidation(string name)
    {
        Assert.True(ConformanceData.Directory is not null, ConformanceData.MissingMessage);

        var valid = PolicyValidator.TryValidate(File.ReadAllText(ConformanceData.PathOf("Xacml", "3.0", name)), out var policy, out var problems);

        Assert.True(valid, string.Join(Environment.NewLine, problems));
        Assert.NotNull(policy);
    }
}
