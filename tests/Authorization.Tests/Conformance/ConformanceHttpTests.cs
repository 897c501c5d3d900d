using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;
using DialogTokens.Authorization.Tests.Http;

namespace DialogTokens.Authorization.Tests.Conformance;

/// <summary>
/// The same Altinn cases as <see cref="ConformanceTests"/>, sent as their raw request files over real HTTP on
/// 127.0.0.1 to our <c>POST /authorization/api/v1/authorize</c>: the wire must answer what the embedded path does.
/// </summary>
public sealed class ConformanceHttpTests(ConformanceHttpTests.Server server) : IClassFixture<ConformanceHttpTests.Server>
{
    private static readonly JsonSerializerOptions Lenient = new() { PropertyNameCaseInsensitive = true };

    public static TheoryData<string> Cases() => ConformanceTests.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DecisionOverHttp_IsAltinnAuthorizations(string name)
    {
        Assert.True(ConformanceData.Directory is not null, ConformanceData.MissingMessage);
        var testCase = new ConformanceCase(name);
        var expected = ConformancePdp.Expected(testCase);
        using var client = new HttpClient { BaseAddress = await server.BaseAddressAsync() };
        using var content = new StringContent(await File.ReadAllTextAsync(testCase.RequestPath, TestContext.Current.CancellationToken), System.Text.Encoding.UTF8, testCase.IsXml ? "application/xml" : "application/json");

        using var answer = await client.PostAsync(new Uri("authorization/api/v1/authorize", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var body = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        if (answer.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.True(expected is [{ IsWholeRequestRefusal: true }], $"We refused the request ({body}); Altinn answered {string.Join(", ", expected)}.");
            return;
        }

        Assert.True(answer.IsSuccessStatusCode, $"{(int)answer.StatusCode}: {body}");
        List<ComparableResult> actual = testCase.IsXml
            ? ComparableResult.FromXml(XDocument.Parse(body))
            : [.. JsonSerializer.Deserialize<XacmlJsonResponse>(body, Lenient)!.Response.Select(ComparableResult.From)];
        Assert.Equal(expected, actual);
    }

    /// <summary>One Kestrel host over the conformance world for the whole class.</summary>
    public sealed class Server : IAsyncDisposable
    {
        private readonly Lazy<Task<LoopbackHost>> _host = new(async () => await LoopbackHost.StartPdpAsync(await ConformancePdp.CreateAsync()));

        public async Task<Uri> BaseAddressAsync() => (await _host.Value).BaseAddress;

        public async ValueTask DisposeAsync()
        {
            if (_host.IsValueCreated)
            {
                await (await _host.Value).DisposeAsync();
            }
        }
    }
}
