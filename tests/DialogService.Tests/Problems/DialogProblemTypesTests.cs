using System.Text.RegularExpressions;
using DialogTokens.DialogService.Problems;

namespace DialogTokens.DialogService.Tests.Problems;

/// <summary>The problem table is one fact: its rows are distinct, and docs/errors.md lists exactly them.</summary>
public sealed partial class DialogProblemTypesTests
{
    [Fact]
    public void Table_HasDistinctTypes_EachUnderThePrefix()
    {
        Assert.Equal(DialogProblemTypes.All.Count, DialogProblemTypes.All.Select(p => p.Type).Distinct(StringComparer.Ordinal).Count());
        Assert.All(DialogProblemTypes.All, p => Assert.StartsWith(DialogProblemTypes.Prefix, p.Type, StringComparison.Ordinal));
        Assert.All(DialogProblemTypes.All, p => Assert.False(string.IsNullOrWhiteSpace(p.Title)));
    }

    [Fact]
    public void ErrorsDocument_ListsEveryRow_WithItsStatus_AndNoOther()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "errors.md"));
        var section = document[document.IndexOf("## Dialog service APIs", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];

        var documented = DocumentedRow().Matches(section).Select(m => (m.Groups["name"].Value, int.Parse(m.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        var table = DialogProblemTypes.All.Select(p => (p.Type[DialogProblemTypes.Prefix.Length..], p.Status));
        Assert.Equal(table, documented);
    }

    [GeneratedRegex(@"^\| `(?<name>[a-z-]+)` \| (?<status>\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedRow();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DialogTokens.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DialogTokens.slnx not found above the test assembly; run the tests from the repository.");
    }
}
