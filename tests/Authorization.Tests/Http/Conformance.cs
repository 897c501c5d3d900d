namespace DialogTokens.Authorization.Tests.Http;

/// <summary>Files of Altinn Authorization's own test data, in <c>shared/conformance/</c> beside the repository.</summary>
internal static class Conformance
{
    public static string ResourceRegistry(string file) =>
        File.ReadAllText(Path.Combine(Root(), "altinn-authorization", "Xacml", "3.0", "ResourceRegistry", file));

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DialogTokens.slnx")))
            {
                return Path.Combine(dir.Parent!.FullName, "shared", "conformance");
            }
        }

        throw new DirectoryNotFoundException("No DialogTokens.slnx above " + AppContext.BaseDirectory);
    }
}
