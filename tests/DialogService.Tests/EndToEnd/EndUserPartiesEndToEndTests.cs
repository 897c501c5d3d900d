using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Problems;

namespace DialogTokens.DialogService.Tests.EndToEnd;

/// <summary>
/// <c>GET /api/v1/enduser/parties</c> over real HTTP against the demo world: who may act for whom, with names and
/// sub-units, in Dialogporten's shape. Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class EndUserPartiesEndToEndTests(DialogServiceDatabaseProvider provider)
{
    private const string PartiesPath = "api/v1/enduser/parties";
    private const string Person = "urn:altinn:person:identifier-no:";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Parties_ListTheUser_ThenEachPartyWithRights_WithNamesAndSubUnits()
    {
        await using var host = await DialogServiceTestHost.StartAsync(provider);

        var kari = await PartiesAsync(host, DemoWorld.Kari);
        Assert.Equal(
            $$"""[{"party":"{{Person}}{{DemoWorld.Kari}}","name":"Kari Nordmann","partyType":"Person","isCurrentEndUser":true,"subParties":[]},""" +
            $$"""{"party":"{{DemoWorld.Fjelltopp}}","name":"Fjelltopp Bygg AS","partyType":"Organization","isCurrentEndUser":false,"subParties":[""" +
            """{"party":"urn:altinn:organization:identifier-no:310100021","name":"Fjelltopp Bygg AS avd. Bergen","partyType":"Organization","isCurrentEndUser":false,"subParties":[]}]}]""",
            kari.GetRawText());

        // A role for one party and an access package for another: both count, ordered by name.
        var siri = await PartiesAsync(host, DemoWorld.Siri);
        Assert.Equal(
            [$"{Person}{DemoWorld.Siri}", DemoWorld.Fjelltopp, "urn:altinn:organization:identifier-no:310100048"],
            siri.EnumerateArray().Select(p => p.GetProperty("party").GetString()));
        Assert.Equal("Kystlys Regnskap AS", siri[2].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Parties_OfAPersonWithoutRights_AreOnlyThemself()
    {
        await using var host = await DialogServiceTestHost.StartAsync(provider);

        // The stranger is not in the authorization store, so there is no name to tell.
        var stranger = await PartiesAsync(host, DemoWorld.Stranger);
        Assert.Equal(
            $$"""[{"party":"{{Person}}{{DemoWorld.Stranger}}","name":null,"partyType":"Person","isCurrentEndUser":true,"subParties":[]}]""",
            stranger.GetRawText());
    }

    [Fact]
    public async Task Parties_Get401_WithoutAToken_403_WithTheServiceOwnerScope_And406_WithoutJson()
    {
        await using var host = await DialogServiceTestHost.StartAsync(provider);

        using var none = await host.SendAsync(HttpMethod.Get, PartiesPath, null);
        await ProblemAssert.IsAsync(none, HttpStatusCode.Unauthorized, DialogProblemTypes.Unauthenticated.Type, "no bearer token");
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);

        using var owner = await host.SendAsync(HttpMethod.Get, PartiesPath, await host.EnterpriseTokenAsync());
        await ProblemAssert.InsufficientScopeAsync(owner, "digdir:dialogporten");

        using var html = new HttpRequestMessage(HttpMethod.Get, new Uri(PartiesPath, UriKind.Relative));
        html.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await host.PersonalTokenAsync(DemoWorld.Kari));
        html.Headers.Accept.ParseAdd("text/html");
        using var notJson = await host.Client.SendAsync(html, Cancel);
        await ProblemAssert.IsAsync(notJson, HttpStatusCode.NotAcceptable, DialogProblemTypes.NotAcceptable.Type, "application/json");
    }

    private static async Task<JsonElement> PartiesAsync(DialogServiceTestHost host, string pid)
    {
        using var response = await host.SendAsync(HttpMethod.Get, PartiesPath, await host.PersonalTokenAsync(pid));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(["authorizedParties"], body.EnumerateObject().Select(p => p.Name));
        return body.GetProperty("authorizedParties");
    }
}

/// <summary>The party list on SQLite.</summary>
public sealed class SqliteEndUserPartiesEndToEndTests() : EndUserPartiesEndToEndTests(DialogServiceDatabaseProvider.Sqlite);

/// <summary>The party list on PostgreSQL.</summary>
public sealed class PostgreSqlEndUserPartiesEndToEndTests() : EndUserPartiesEndToEndTests(DialogServiceDatabaseProvider.PostgreSql);
