namespace DialogTokens.Authorization.Tests.Conformance;

/// <summary>
/// Altinn Authorization's own decision cases, through the embedded decision point: decision, status code and
/// obligations must be what Altinn answered. Cases listed in <see cref="ConformanceExclusions"/> are not run.
/// </summary>
public sealed class ConformanceTests
{
    /// <summary>Every request file that is not excluded; a single failing row when the data is missing.</summary>
    public static TheoryData<string> Cases()
    {
        if (ConformanceData.Directory is null)
        {
            return new TheoryData<string>(Missing);
        }

        return new TheoryData<string>(ConformanceCase.AllRequestFiles().Where(name => !ConformanceExclusions.Reasons.ContainsKey(name)));
    }

    private const string Missing = "(conformance data missing)";

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Decision_IsAltinnAuthorizations(string name)
    {
        Assert.True(name != Missing && ConformanceData.Directory is not null, ConformanceData.MissingMessage);
        var testCase = new ConformanceCase(name);
        var expected = ConformancePdp.Expected(testCase);

        var (actual, refused) = await ConformancePdp.ActualAsync(testCase);

        if (refused is not null)
        {
            // We refuse a malformed request as a whole (HTTP 400); Altinn answers one Indeterminate result with an error status.
            Assert.True(expected is [{ IsWholeRequestRefusal: true }], $"We refused the request ({refused}); Altinn answered {string.Join(", ", expected)}.");
            return;
        }

        Assert.Equal(expected, actual);
    }
}
