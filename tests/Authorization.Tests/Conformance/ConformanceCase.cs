namespace DialogTokens.Authorization.Tests.Conformance;

/// <summary>One request file of Altinn's test data, named by its path under <c>Xacml/3.0</c>, with its expected response.</summary>
public sealed record ConformanceCase(string Name)
{
    public bool IsXml => Name.EndsWith(".xml", StringComparison.Ordinal);

    public string RequestPath => ConformanceData.PathOf("Xacml", "3.0", Name);

    /// <summary><c>…Request.json</c> → <c>…Response.json</c>.</summary>
    public string ResponsePath => ConformanceData.PathOf("Xacml", "3.0", ResponseName(Name));

    public static string ResponseName(string requestName)
    {
        var extension = Path.GetExtension(requestName);
        return requestName[..^("Request".Length + extension.Length)] + "Response" + extension;
    }

    /// <summary>Every request file of the data set, as case names, in ordinal order.</summary>
    public static IEnumerable<string> AllRequestFiles()
    {
        var root = ConformanceData.PathOf("Xacml", "3.0");
        return Directory.GetFiles(root, "*Request.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    public override string ToString() => Name;
}
