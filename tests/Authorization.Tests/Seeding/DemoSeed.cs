namespace DialogTokens.Authorization.Tests.Seeding;

/// <summary>The demo seed shipped in src/Authorization.Server/Seeding/Demo, found from the test's output folder.</summary>
internal static class DemoSeed
{
    public static string Directory { get; } = Find();

    public static string File => Path.Combine(Directory, "seed.json");

    public static string Policy(string name) => System.IO.File.ReadAllText(Path.Combine(Directory, "policies", name));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var demo = Path.Combine(dir.FullName, "src", "Authorization.Server", "Seeding", "Demo");
            if (System.IO.File.Exists(Path.Combine(demo, "seed.json")))
            {
                return demo;
            }
        }

        throw new InvalidOperationException($"src/Authorization.Server/Seeding/Demo/seed.json not found above {AppContext.BaseDirectory}.");
    }
}
