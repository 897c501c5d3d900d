using System.Text.RegularExpressions;

namespace DialogTokens.Authorization.Tests.Conformance;

/// <summary>No case of Altinn's data is dropped silently: each is run, or excluded with a reason that the docs list.</summary>
public sealed partial class ConformanceExclusionTests
{
    [Fact]
    public void ExcludedCases_AreTheOnesDocumented()
    {
        var documented = DocumentedExclusions();

        Assert.Equal(ConformanceExclusions.Reasons.Keys.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ExcludedCases_AreRequestFilesOfTheData()
    {
        var files = ConformanceCase.AllRequestFiles().ToHashSet(StringComparer.Ordinal);

        Assert.All(ConformanceExclusions.Reasons.Keys, name => Assert.Contains(name, files));
    }

    [Fact]
    public void EveryRunCase_HasAnExpectedResponse()
    {
        var run = ConformanceCase.AllRequestFiles().Where(name => !ConformanceExclusions.Reasons.ContainsKey(name)).ToList();

        Assert.NotEmpty(run);
        Assert.All(run, name => Assert.True(File.Exists(new ConformanceCase(name).ResponsePath), $"{name} has no response file."));
    }

    private static List<string> DocumentedExclusions()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "authorization.md"));
        var start = document.IndexOf("\n## Conformance", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/authorization.md has no '## Conformance' section.");
        var end = document.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? document[start..] : document[start..end];
        return [.. TableRow().Matches(section).Select(m => m.Groups[1].Value)];
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DialogTokens.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No DialogTokens.slnx above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^\| `([^`]+Request\.(?:json|xml))` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
