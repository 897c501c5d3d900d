using System.Xml.Linq;

namespace DialogTokens.Tests;

/// <summary>
/// Dependencies point one way: hosts → libraries → DialogTokens (STYLE.md). Read from the project files themselves,
/// so that a new project is checked without anyone remembering to add it here.
/// </summary>
public sealed class ArchitectureTests
{
    // Projects nothing may reference: hosts, the CLI and samples are leaves of the dependency graph. (The development
    // identity provider is a library that the dialog service hosts, so it is not one.)
    private static readonly string[] Leaves = ["AppHost", "Cli", "DialogService", "Portal", "ServiceProvider"];

    // The app host's one job is to run the hosts side by side, so it is the one project that references them.
    private const string AppHost = "AppHost";

    public static TheoryData<string> SourceProjects() => [.. Projects("src").Concat(Projects("samples"))];

    [Fact]
    public void TheTokenLibrary_ReferencesNoOtherProject()
    {
        var library = Projects("src").Single(p => Path.GetFileName(p) == "DialogTokens.csproj");

        Assert.Empty(References(library));
    }

    [Fact]
    public void TheTokenLibrary_DependsOnNoWebOrDatabasePackage()
    {
        var library = XDocument.Load(Projects("src").Single(p => Path.GetFileName(p) == "DialogTokens.csproj"));
        var packages = library.Descendants("PackageReference").Select(r => (string?)r.Attribute("Include") ?? (string?)r.Attribute("Update") ?? "");

        Assert.Empty(library.Descendants("FrameworkReference"));
        Assert.DoesNotContain(packages, p => p.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void NoProject_ReferencesAHostTheCliOrASample(string project)
    {
        var leaves = References(project).Where(r => Leaves.Contains(Path.GetFileNameWithoutExtension(r))).ToList();

        if (Path.GetFileNameWithoutExtension(project) == AppHost)
        {
            Assert.DoesNotContain(leaves, r => Path.GetFileNameWithoutExtension(r) is AppHost or "Cli");
            Assert.NotEmpty(leaves);
        }
        else
        {
            Assert.Empty(leaves);
        }
    }

    [Fact]
    public void EveryTestProject_MirrorsASourceProject()
    {
        var sources = Projects("src").Concat(Projects("samples")).Select(p => Path.GetFileName(Path.GetDirectoryName(p)!)).ToHashSet();

        foreach (var test in Projects("tests"))
        {
            var name = Path.GetFileName(Path.GetDirectoryName(test)!);

            // Browser tests drive several hosts at once (the portal, the dialog service, service providers): they are
            // named for the end-user system they test, not for one project.
            var mirrors = name.EndsWith(".Tests", StringComparison.Ordinal) && sources.Contains(name[..^".Tests".Length]);
            var browser = name == "Portal.BrowserTests";
            Assert.True(mirrors || browser, $"{name} mirrors no project under src/ or samples/.");
        }
    }

    private static IEnumerable<string> Projects(string folder)
    {
        var path = Path.Combine(RepositoryRoot(), folder);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.csproj", SearchOption.AllDirectories).Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal)) : [];
    }

    private static IEnumerable<string> References(string project) =>
        XDocument.Load(project).Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!);

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
