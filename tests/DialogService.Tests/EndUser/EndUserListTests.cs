using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DialogTokens.Authorization;
using DialogTokens.DialogService.Dialogs.EndUser;
using DialogTokens.DialogService.Problems;
using DialogTokens.DialogService.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace DialogTokens.DialogService.Tests.EndUser;

/// <summary>
/// <c>GET /api/v1/enduser/dialogs</c> pages over what the user may read only: nothing about other parties' dialogs,
/// each readable dialog once, in order, a bounded number of decisions per request, and 400 for a bad query.
/// </summary>
public sealed class EndUserListTests(EndUserListHost fixture) : IClassFixture<EndUserListHost>
{
    private const string Path = "api/v1/enduser/dialogs";
    private const string Byggesoknad = "urn:altinn:resource:demo-byggesoknad";

    private static readonly DateTimeOffset Future = DateTimeOffset.UtcNow.AddYears(1);

    private DialogServiceTestHost Host => fixture.Host;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AStranger_AskingForAnotherPartysDialogs_LearnsNothing()
    {
        for (var i = 0; i < 3; i++)
        {
            await fixture.StoreAsync(DemoWorld.Fjelltopp, DemoWorld.MvaMelding, Future.AddSeconds(-i));
        }

        var stranger = await Host.PersonalTokenAsync(DemoWorld.Stranger);
        fixture.Decisions.Reset();
        var asked = await PageAsync(stranger, $"?party={Uri.EscapeDataString(DemoWorld.Fjelltopp)}&limit=1");
        var decisions = fixture.Decisions.Calls;
        var empty = await PageAsync(stranger, $"?party={Uri.EscapeDataString("urn:altinn:organization:identifier-no:999999999")}&limit=1");

        Assert.False(asked.GetProperty("hasNextPage").GetBoolean(), "hasNextPage tells a stranger that the party has dialogs.");
        Assert.Empty(asked.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, asked.GetProperty("continuationToken").ValueKind);
        Assert.Equal(empty.GetRawText(), asked.GetRawText());
        Assert.Equal(0, decisions);

        // Nor with a continuation token that someone who may read them got: it is refused as a forged one is.
        var kari = await PageAsync(await Host.PersonalTokenAsync(DemoWorld.Kari), $"?party={Uri.EscapeDataString(DemoWorld.Fjelltopp)}&limit=1");
        var token = kari.GetProperty("continuationToken").GetString()!;
        fixture.Decisions.Reset();
        using var resumed = await Host.SendAsync(HttpMethod.Get, Path + $"?party={Uri.EscapeDataString(DemoWorld.Fjelltopp)}&limit=1&continuationToken={token}", stranger);
        var replayed = await ProblemAssert.IsAsync(resumed, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
        using var forgedResponse = await Host.SendAsync(HttpMethod.Get, Path + $"?party={Uri.EscapeDataString(DemoWorld.Fjelltopp)}&limit=1&continuationToken=not-a-token", stranger);
        var forged = await ProblemAssert.IsAsync(forgedResponse, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
        Assert.Equal(forged.GetProperty("errors").GetRawText(), replayed.GetProperty("errors").GetRawText());
        Assert.Equal(0, fixture.Decisions.Calls);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Paging_WithSmallLimits_ReturnsEachReadableDialogOnce_InOrder(int limit)
    {
        // Siri may read Fjelltopp's VAT returns (her access package) but not its building applications (DAGL, REGNA only).
        var at = Future.AddDays(limit);
        var stored = new List<(Guid Id, bool Readable, DateTimeOffset UpdatedAt)>();
        for (var i = 0; i < 8; i++)
        {
            var readable = i % 2 == 0;
            var dialog = await fixture.StoreAsync(DemoWorld.Fjelltopp, readable ? DemoWorld.MvaMelding : Byggesoknad, at.AddSeconds(-(i / 3)));
            stored.Add((dialog.Id, readable, dialog.UpdatedAt));
        }

        var siri = await Host.PersonalTokenAsync(DemoWorld.Siri);
        var all = Items(await PageAsync(siri, "?limit=1000"));
        var paged = new List<JsonElement>();
        string? token = null;
        do
        {
            var page = await PageAsync(siri, $"?limit={limit}" + (token is null ? "" : $"&continuationToken={token}"));
            var items = Items(page);
            Assert.InRange(items.Count, 0, limit);
            paged.AddRange(items);
            token = page.GetProperty("continuationToken").GetString();
            Assert.Equal(token is not null, page.GetProperty("hasNextPage").GetBoolean());
            Assert.True(paged.Count <= all.Count, "Paging returned more dialogs than there are.");
        }
        while (token is not null);

        var ids = paged.ConvertAll(i => i.GetProperty("id").GetGuid());
        Assert.Equal(all.ConvertAll(i => i.GetProperty("id").GetGuid()), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var positions = paged.ConvertAll(i => (i.GetProperty("updatedAt").GetDateTimeOffset(), i.GetProperty("id").GetGuid()));
        Assert.Equal(positions.OrderByDescending(p => p.Item1).ThenByDescending(p => p.Item2), positions);
        var mine = stored.Where(s => s.Readable).Select(s => s.Id).ToHashSet();
        Assert.Equal(stored.Where(s => s.Readable).OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id).Select(s => s.Id), ids.Where(mine.Contains));
        Assert.DoesNotContain(ids, id => stored.Exists(s => !s.Readable && s.Id == id));
    }

    [Fact]
    public async Task EachRequest_MakesAtMostTheStatedNumberOfDecisions_AndPagingStillReachesEveryDialog()
    {
        // Kari is general manager of sixty more organizations, each with a dialog: sixty (party, resource) pairs to decide.
        var store = Host.Services.GetRequiredService<IAuthorizationStore>();
        var kari = await store.FindPartyAsync(new PartyLookup(AltinnXacml.PersonIdentifier, DemoWorld.Kari), Cancel);
        var organizations = Enumerable.Range(1, 60).Select(i => new Party
        {
            PartyId = 60_000 + i,
            Kind = PartyKind.Organization,
            Name = $"Organisasjon {i}",
            OrganizationNumber = (320_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        await store.ImportAsync(new AuthorizationData { Parties = organizations, Roles = [.. organizations.Select(o => new RoleAssignment(kari!.PartyId, o.PartyId, "DAGL"))] }, Cancel);
        var expected = new HashSet<Guid>();
        foreach (var (organization, i) in organizations.Select((o, i) => (o, i)))
        {
            expected.Add((await fixture.StoreAsync(organization.Urn!, DemoWorld.MvaMelding, Future.AddDays(10).AddSeconds(-i))).Id);
        }

        var user = await Host.PersonalTokenAsync(DemoWorld.Kari);
        var seen = new List<Guid>();
        string? token = null;
        var requests = 0;
        do
        {
            fixture.Decisions.Reset();
            var page = await PageAsync(user, "?limit=1000" + (token is null ? "" : $"&continuationToken={token}"));
            Assert.InRange(fixture.Decisions.Calls, 0, ListDialogs.MaxDecisionsPerRequest);
            seen.AddRange(Items(page).Select(i => i.GetProperty("id").GetGuid()));
            token = page.GetProperty("continuationToken").GetString();
            Assert.True(++requests < 20, "Paging does not end.");
        }
        while (token is not null);

        Assert.True(requests > 1, "Sixty pairs fit the decisions of one request; the bound is not stated as it works.");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Subset(seen.ToHashSet(), expected);
    }

    [Fact]
    public async Task TheReadBound_EndsAPageEarly_WithATokenThatRevealsNoUnreadableDialog_AndResumesAfterIt()
    {
        // Siri may read none of these 25 pairs (no policy for the resources), all newer than a VAT return she may read.
        var at = Future.AddDays(100);
        var hidden = new List<Guid>();
        for (var i = 0; i < 25; i++)
        {
            hidden.Add((await fixture.StoreAsync(DemoWorld.Fjelltopp, $"urn:altinn:resource:hidden-{i}", at.AddSeconds(-i))).Id);
        }

        var readable = await fixture.StoreAsync(DemoWorld.Fjelltopp, DemoWorld.MvaMelding, at.AddSeconds(-30));
        var siri = await Host.PersonalTokenAsync(DemoWorld.Siri);

        fixture.Decisions.Reset();
        var first = await PageAsync(siri, "?limit=1");
        Assert.True(fixture.Decisions.Calls < ListDialogs.MaxDecisionsPerRequest, "The decision bound ended the page, not the read bound.");
        Assert.Empty(Items(first));
        Assert.True(first.GetProperty("hasNextPage").GetBoolean());
        var token = first.GetProperty("continuationToken").GetString()!;
        foreach (var id in hidden)
        {
            Assert.DoesNotContain(Base64Url(id), token, StringComparison.Ordinal);
        }

        var resumed = await PageAsync(siri, "?limit=1&continuationToken=" + token);
        Assert.Equal([readable.Id], Items(resumed).ConvertAll(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task AContinuationToken_ReplayedByAnotherUser_Gets400_LikeAnyBadToken()
    {
        // Kari and Siri may both read Fjelltopp's VAT returns; Kari's token is still hers alone.
        for (var i = 0; i < 3; i++)
        {
            await fixture.StoreAsync(DemoWorld.Fjelltopp, DemoWorld.MvaMelding, Future.AddDays(50).AddSeconds(-i));
        }

        var query = $"?party={Uri.EscapeDataString(DemoWorld.Fjelltopp)}&limit=1";
        var kari = await PageAsync(await Host.PersonalTokenAsync(DemoWorld.Kari), query);
        var token = kari.GetProperty("continuationToken").GetString()!;

        var siri = await Host.PersonalTokenAsync(DemoWorld.Siri);
        using var replayed = await Host.SendAsync(HttpMethod.Get, Path + query + "&continuationToken=" + token, siri);
        var problem = await ProblemAssert.IsAsync(replayed, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
        using var forged = await Host.SendAsync(HttpMethod.Get, Path + query + "&continuationToken=not-a-token", siri);
        var bad = await ProblemAssert.IsAsync(forged, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
        Assert.Equal(bad.GetProperty("errors").GetRawText(), problem.GetProperty("errors").GetRawText());
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=1001", "limit")]
    [InlineData("?limit=-1", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?limit=99999999999999999999", "limit")]
    [InlineData("?continuationToken=not-a-token", "continuationToken")]
    [InlineData("?continuationToken=", "continuationToken")]
    [InlineData("?continuationToken=AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q", "continuationToken")]
    [InlineData("?continuationToken=AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1", "continuationToken")]
    [InlineData("?continuationToken=AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1R", "continuationToken")]
    [InlineData("?continuationToken=AgAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q", "continuationToken")]
    [InlineData("?continuationToken=Af_________7AZq4T1wAek-U5iKF2OUR1Q", "continuationToken")]
    [InlineData("?continuationToken=AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q%3D%3D", "continuationToken")]
    [InlineData("?continuationToken=AQAAAZrcW%2BAAAZq4T1wAek%2BU5iKF2OUR1Q", "continuationToken")]
    [InlineData("?limit=2&continuationToken=AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q&continuationToken=AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q", "continuationToken")]
    public async Task BadLimitOrContinuationToken_Gets400_NamingTheParameter(string query, string parameter)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, Path + query, await Host.PersonalTokenAsync(DemoWorld.Kari));
        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.GetRawText());
    }

    [Fact]
    public async Task AWellFormedContinuationToken_IsAccepted()
    {
        // The position the refused ones above spell (a position in 2025, then any id), sealed for Kari as the list seals it.
        var token = Host.Services.GetRequiredService<DialogListTokens>()
            .Seal(new DialogListPosition(1_764_633_600_000, Guid.Parse("019ab84f-5c00-7a4f-94e6-2285d8e511d5")), $"{AltinnXacml.PersonIdentifier}:{DemoWorld.Kari}");
        var page = await PageAsync(await Host.PersonalTokenAsync(DemoWorld.Kari), "?limit=2&continuationToken=" + token);
        Assert.All(Items(page), i => Assert.True(i.GetProperty("updatedAt").GetDateTimeOffset() <= DateTimeOffset.FromUnixTimeMilliseconds(1_764_633_600_000)));
    }

    private async Task<JsonElement> PageAsync(string user, string query)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, Path + query, user);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static string Base64Url(Guid id) => System.Buffers.Text.Base64Url.EncodeToString(id.ToByteArray(bigEndian: true));
}
