using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Altinn.Authorization.ABAC.Utils;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization.Tests.Conformance;

/// <summary>The embedded decision point over Altinn's test world, imported once through the store's ImportAsync.</summary>
internal static class ConformancePdp
{
    private static readonly JsonSerializerOptions Lenient = new()
    {
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true, // Altinn's AltinnApps0028Response.json has trailing commas.
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<Task<EmbeddedPolicyDecisionPoint>> Shared = new(CreateAsync);

    public static Task<EmbeddedPolicyDecisionPoint> GetAsync() => Shared.Value;

    public static async Task<EmbeddedPolicyDecisionPoint> CreateAsync()
    {
        var store = new InMemoryAuthorizationStore();
        await store.ImportAsync(ConformanceWorld.Load());
        return new EmbeddedPolicyDecisionPoint(store);
    }

    /// <summary>What Altinn Authorization answered, from the case's response file.</summary>
    public static List<ComparableResult> Expected(ConformanceCase testCase)
    {
        var text = File.ReadAllText(testCase.ResponsePath);
        return testCase.IsXml
            ? ComparableResult.FromXml(XDocument.Parse(text))
            : [.. JsonSerializer.Deserialize<XacmlJsonResponse>(text, Lenient)!.Response.Select(ComparableResult.From)];
    }

    /// <summary>What we answer: results, or the reason the request was refused as a whole.</summary>
    public static async Task<(List<ComparableResult>? Results, string? Refused)> ActualAsync(ConformanceCase testCase)
    {
        var pdp = await GetAsync();
        var text = File.ReadAllText(testCase.RequestPath);
        if (testCase.IsXml)
        {
            using var reader = XmlReader.Create(new StringReader(text));
            var response = await pdp.DecideAsync(XacmlParser.ReadContextRequest(reader), TestContext.Current.CancellationToken);
            return ([.. response.Results.Select(ComparableResult.From)], null);
        }

        var outcome = await pdp.DecideAsync(JsonSerializer.Deserialize<XacmlJsonRequestRoot>(text, Lenient)!, TestContext.Current.CancellationToken);
        return outcome.Response is { } decided ? ([.. decided.Response.Select(ComparableResult.From)], null) : (null, outcome.RequestProblem);
    }
}
