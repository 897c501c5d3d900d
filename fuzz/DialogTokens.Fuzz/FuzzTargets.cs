using DialogTokens.Fuzz.Targets;

namespace DialogTokens.Fuzz;

/// <summary>The targets by name; the name is also the folder of its seed corpus (corpus/&lt;name&gt;/).</summary>
internal static class FuzzTargets
{
    private static readonly Dictionary<string, Func<IFuzzTarget>> Factories = new(StringComparer.Ordinal)
    {
        ["token"] = () => new TokenTarget(),
        ["jwks"] = () => new JwksTarget(),
        ["policy"] = () => new PolicyTarget(),
        ["dialog-request"] = () => new DialogRequestTarget(),
    };

    public static IEnumerable<string> Names => Factories.Keys;

    public static IFuzzTarget Create(string name) => Factories[name]();
}
