namespace DialogTokens.Authorization.Tests.Conformance;

/// <summary>
/// Where Altinn Authorization's own test data lives: read in place from <c>shared/conformance/altinn-authorization</c>
/// beside the clone (found by walking up from the test binaries), or from <c>DIALOGTOKENS_CONFORMANCE_DIR</c>.
/// It is never copied into the repository. When it is missing the conformance tests fail; they never skip.
/// </summary>
internal static class ConformanceData
{
    public const string DirectoryVariable = "DIALOGTOKENS_CONFORMANCE_DIR";

    private static readonly Lazy<string?> Located = new(Locate);

    /// <summary>The folder, or null when it cannot be found.</summary>
    public static string? Directory => Located.Value;

    /// <summary>The folder; fails the calling test with the reason when it is missing.</summary>
    public static string Require() => Directory ?? throw new InvalidOperationException(MissingMessage);

    public static string MissingMessage =>
        (Environment.GetEnvironmentVariable("CI") == "true" ? "CI=true and the" : "The") +
        " conformance data of Altinn Authorization was not found: expected shared/conformance/altinn-authorization beside the " +
        $"clone (searched upwards from {AppContext.BaseDirectory}), or a folder named by {DirectoryVariable}. " +
        "Check out the shared folder next to the repository; these tests never skip.";

    /// <summary>The path of a file or folder inside the conformance data.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Require(), .. parts]);

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } configured)
        {
            return System.IO.Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "conformance", "altinn-authorization");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
