using DialogTokens.Authorization.Tests.Conformance;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>Files of Altinn Authorization's own test data, located as every conformance test locates it.</summary>
internal static class Conformance
{
    public static string ResourceRegistry(string file) =>
        File.ReadAllText(ConformanceData.PathOf("Xacml", "3.0", "ResourceRegistry", file));
}
