using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Problems;

namespace DialogTokens.DialogService.Tests.EndToEnd;

/// <summary>One real host (SQLite) for the error tests of this class; each test makes its own dialogs.</summary>
public sealed class ErrorTestHost : IAsyncLifetime
{
    public DialogServiceTestHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await DialogServiceTestHost.StartAsync(DialogServiceDatabaseProvider.Sqlite);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

/// <summary>Every error status of the dialog APIs, sent on the wire and checked as RFC 9457 problems from the one table.</summary>
public sealed class DialogApiErrorTests(ErrorTestHost fixture) : IClassFixture<ErrorTestHost>
{
    private const string ServiceOwnerPath = "api/v1/serviceowner/dialogs";
    private const string EndUserPath = "api/v1/enduser/dialogs";

    private DialogServiceTestHost Host => fixture.Host;

    [Fact]
    public async Task EndUser_Gets401_WithoutAToken_OrWithAForgedOne()
    {
        var dialogId = await DialogServiceEndToEndTests.CreateAsync(Host);
        using var none = await Host.SendAsync(HttpMethod.Get, $"{EndUserPath}/{dialogId}", null);
        await ProblemAssert.IsAsync(none, HttpStatusCode.Unauthorized, DialogProblemTypes.Unauthenticated.Type, "no bearer token");
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);

        var token = await Host.PersonalTokenAsync(DemoWorld.Kari);
        var forged = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");
        using var bad = await Host.SendAsync(HttpMethod.Get, $"{EndUserPath}/{dialogId}", forged);
        await ProblemAssert.IsAsync(bad, HttpStatusCode.Unauthorized, DialogProblemTypes.Unauthenticated.Type, "");
        Assert.Contains("invalid_token", bad.Headers.WwwAuthenticate.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachApi_Gets403_ForATokenWithTheOtherApisScope()
    {
        var dialogId = await DialogServiceEndToEndTests.CreateAsync(Host);
        using var owner = await Host.SendAsync(HttpMethod.Get, $"{EndUserPath}/{dialogId}", await Host.EnterpriseTokenAsync());
        await ProblemAssert.IsAsync(owner, HttpStatusCode.Forbidden, DialogProblemTypes.InsufficientScope.Type, "digdir:dialogporten");
        using var user = await Host.SendAsync(HttpMethod.Get, $"{ServiceOwnerPath}/{dialogId}", await Host.PersonalTokenAsync(DemoWorld.Kari));
        await ProblemAssert.IsAsync(user, HttpStatusCode.Forbidden, DialogProblemTypes.InsufficientScope.Type, "digdir:dialogporten.serviceprovider");
    }

    [Fact]
    public async Task EndUser_Gets403_WithoutAccess_AndSaysSoWhenOnlyTheLevelIsTooLow()
    {
        var dialogId = await DialogServiceEndToEndTests.CreateAsync(Host);
        using var stranger = await Host.SendAsync(HttpMethod.Get, $"{EndUserPath}/{dialogId}", await Host.PersonalTokenAsync(DemoWorld.Stranger));
        var refused = await ProblemAssert.IsAsync(stranger, HttpStatusCode.Forbidden, DialogProblemTypes.Forbidden.Type, "may not read");

        // The refusal names no other party: the dialog's party may be a person, and its identifier is not the stranger's to see.
        Assert.DoesNotContain(DemoWorld.Fjelltopp, refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The demo-mva-melding policy demands level 3; authLvl 2 is ID-porten's low level, 0.
        using var low = await Host.SendAsync(HttpMethod.Get, $"{EndUserPath}/{dialogId}", await Host.PersonalTokenAsync(DemoWorld.Kari, authenticationLevel: 2));
        await ProblemAssert.IsAsync(low, HttpStatusCode.Forbidden, DialogProblemTypes.AuthenticationLevelTooLow.Type, "needs authentication level 3; this login has level 0");
    }

    [Fact]
    public async Task EndUser_Gets404_ForAnUnknownDialog_And410_ForADeletedOne()
    {
        var user = await Host.PersonalTokenAsync(DemoWorld.Kari);
        using var unknown = await Host.SendAsync(HttpMethod.Get, $"{EndUserPath}/{Guid.CreateVersion7()}", user);
        await ProblemAssert.IsAsync(unknown, HttpStatusCode.NotFound, DialogProblemTypes.DialogNotFound.Type, "no dialog");

        var dialogId = await DialogServiceEndToEndTests.CreateAsync(Host);
        var owner = await Host.EnterpriseTokenAsync();
        using var deleted = await Host.SendAsync(HttpMethod.Delete, $"{ServiceOwnerPath}/{dialogId}", owner);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await Host.SendAsync(HttpMethod.Get, $"{EndUserPath}/{dialogId}", user);
        await ProblemAssert.IsAsync(gone, HttpStatusCode.Gone, DialogProblemTypes.DialogDeleted.Type, "was deleted");

        // Only those who may read it learn that it was deleted, and when.
        using var stranger = await Host.SendAsync(HttpMethod.Get, $"{EndUserPath}/{dialogId}", await Host.PersonalTokenAsync(DemoWorld.Stranger));
        await ProblemAssert.IsAsync(stranger, HttpStatusCode.Forbidden, DialogProblemTypes.Forbidden.Type, "may not read");
        using var again = await Host.SendAsync(HttpMethod.Delete, $"{ServiceOwnerPath}/{dialogId}", owner);
        await ProblemAssert.IsAsync(again, HttpStatusCode.Gone, DialogProblemTypes.DialogDeleted.Type, "was deleted");
        using var update = await Host.SendAsync(HttpMethod.Put, $"{ServiceOwnerPath}/{dialogId}", owner, DemoWorld.MvaDialog(), "*");
        await ProblemAssert.IsAsync(update, HttpStatusCode.Gone, DialogProblemTypes.DialogDeleted.Type, "was deleted");
    }

    [Fact]
    public async Task ServiceOwner_Gets403_ForAResourceItDoesNotOwn_And404_ForAnotherOwnersDialog()
    {
        var other = await Host.EnterpriseTokenAsync(DemoWorld.FjelltoppOrganizationNumber);
        using var create = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, other, DemoWorld.MvaDialog());
        await ProblemAssert.IsAsync(create, HttpStatusCode.Forbidden, DialogProblemTypes.Forbidden.Type, "does not own urn:altinn:resource:demo-mva-melding");

        var dialogId = await DialogServiceEndToEndTests.CreateAsync(Host);
        using var get = await Host.SendAsync(HttpMethod.Get, $"{ServiceOwnerPath}/{dialogId}", other);
        await ProblemAssert.IsAsync(get, HttpStatusCode.NotFound, DialogProblemTypes.DialogNotFound.Type, "has no dialog");
        using var delete = await Host.SendAsync(HttpMethod.Delete, $"{ServiceOwnerPath}/{dialogId}", other);
        await ProblemAssert.IsAsync(delete, HttpStatusCode.NotFound, DialogProblemTypes.DialogNotFound.Type, "has no dialog");
    }

    [Fact]
    public async Task ServiceOwner_Gets400_ListingEveryViolation_ForAnUnknownResourceToo()
    {
        var owner = await Host.EnterpriseTokenAsync();
        using var unknown = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, owner, """
            {"serviceResource":"urn:altinn:resource:no-such-thing","party":"urn:altinn:organization:identifier-no:310100013","content":{"title":{"value":[{"value":"x","languageCode":"nb"}]}}}
            """);
        var problem = await ProblemAssert.IsAsync(unknown, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
        Assert.Contains("no urn:altinn:resource:no-such-thing", problem.GetProperty("errors").GetProperty("serviceResource")[0].GetString(), StringComparison.Ordinal);

        using var many = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, owner, """
            {"serviceResource":"urn:altinn:resource:Upper","party":"urn:altinn:person:identifier-no:12345678901","status":"Open",
             "content":{"title":{"value":[]},"mainContentReference":{"value":[{"value":"ftp://x","languageCode":"nb"}],"mediaType":"text/html"}},
             "guiActions":[{"action":"read;write","url":"https://x","priority":"Primary","title":[{"value":"a","languageCode":"nb"}]},
                           {"action":"b","url":"https://x","priority":"Primary","httpMethod":"PATCH","title":[{"value":"b","languageCode":"nb"},{"value":"c","languageCode":"nb"}]}],
             "apiActions":[{"action":"c","endpoints":[]}]}
            """);
        var errors = (await ProblemAssert.IsAsync(many, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "rules")).GetProperty("errors");
        string[] expected =
        [
            "serviceResource", "party", "status", "content.title.value", "content.mainContentReference.mediaType",
            "content.mainContentReference.value[0].value", "guiActions[0].action", "guiActions[1].httpMethod",
            "guiActions", "guiActions[1].title[1].languageCode", "apiActions[0].endpoints",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ServiceOwner_Gets400_ForMalformedJson_415_ForAnotherContentType_And413_ForAHugeBody()
    {
        var owner = await Host.EnterpriseTokenAsync();
        using var malformed = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, owner, """{"serviceResource": 5}""");
        var wrongType = await ProblemAssert.IsAsync(malformed, HttpStatusCode.BadRequest, DialogProblemTypes.RequestMalformed.Type, "$.serviceResource");
        Assert.DoesNotContain("System.", wrongType.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var truncated = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, owner, """{"serviceResource": """);
        await ProblemAssert.IsAsync(truncated, HttpStatusCode.BadRequest, DialogProblemTypes.RequestMalformed.Type, "not a valid request");

        using var xml = new HttpRequestMessage(HttpMethod.Post, new Uri(ServiceOwnerPath, UriKind.Relative)) { Content = new StringContent("<dialog/>", System.Text.Encoding.UTF8, "application/xml") };
        xml.Headers.Authorization = new AuthenticationHeaderValue("Bearer", owner);
        using var unsupported = await Host.Client.SendAsync(xml, TestContext.Current.CancellationToken);
        await ProblemAssert.IsAsync(unsupported, HttpStatusCode.UnsupportedMediaType, DialogProblemTypes.ContentTypeUnsupported.Type, "application/xml");

        var huge = JsonSerializer.Serialize(new { serviceResource = new string('a', 300_000) });
        using var tooLarge = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, owner, huge);
        await ProblemAssert.IsAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge, DialogProblemTypes.RequestTooLarge.Type, "bytes");
    }

    [Fact]
    public async Task ServiceOwner_Gets409_ForAnIdInUse_428_WithoutIfMatch_And412_ForAStaleOne()
    {
        var owner = await Host.EnterpriseTokenAsync();
        var dialogId = await DialogServiceEndToEndTests.CreateAsync(Host);
        using var again = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, owner, DemoWorld.MvaDialog(dialogId));
        await ProblemAssert.IsAsync(again, HttpStatusCode.Conflict, DialogProblemTypes.DialogExists.Type, dialogId.ToString());

        using var noIfMatch = await Host.SendAsync(HttpMethod.Put, $"{ServiceOwnerPath}/{dialogId}", owner, DemoWorld.MvaDialog());
        await ProblemAssert.IsAsync(noIfMatch, HttpStatusCode.PreconditionRequired, DialogProblemTypes.RevisionRequired.Type, "If-Match");
        using var stale = await Host.SendAsync(HttpMethod.Put, $"{ServiceOwnerPath}/{dialogId}", owner, DemoWorld.MvaDialog(), $"\"{Guid.CreateVersion7()}\"");
        await ProblemAssert.IsAsync(stale, HttpStatusCode.PreconditionFailed, DialogProblemTypes.RevisionMismatch.Type, "GET it again");
        using var weak = await Host.SendAsync(HttpMethod.Put, $"{ServiceOwnerPath}/{dialogId}", owner, DemoWorld.MvaDialog(), "W/\"x\"");
        await ProblemAssert.IsAsync(weak, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
        using var staleDelete = await Host.SendAsync(HttpMethod.Delete, $"{ServiceOwnerPath}/{dialogId}", owner, ifMatch: $"\"{Guid.CreateVersion7()}\"");
        await ProblemAssert.IsAsync(staleDelete, HttpStatusCode.PreconditionFailed, DialogProblemTypes.RevisionMismatch.Type, "GET it again");

        // Nothing above changed the dialog.
        using var current = await Host.SendAsync(HttpMethod.Get, $"{ServiceOwnerPath}/{dialogId}", owner);
        var dialog = JsonDocument.Parse(await current.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(JsonValueKind.Null, dialog.GetProperty("deletedAt").ValueKind);
        Assert.Equal("RequiresAttention", dialog.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ChangingTheServiceResourceOrParty_OnUpdate_IsRefused()
    {
        var owner = await Host.EnterpriseTokenAsync();
        var dialogId = await DialogServiceEndToEndTests.CreateAsync(Host);
        var changed = JsonSerializer.SerializeToNode(DemoWorld.MvaDialog())!;
        changed["party"] = "urn:altinn:organization:identifier-no:310100048";
        using var response = await Host.SendAsync(HttpMethod.Put, $"{ServiceOwnerPath}/{dialogId}", owner, changed.ToJsonString(), "*");
        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
        Assert.Contains("Cannot change", problem.GetProperty("errors").GetProperty("party")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apis_Answer406_WhenAcceptExcludesJson()
    {
        var dialogId = await DialogServiceEndToEndTests.CreateAsync(Host);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{EndUserPath}/{dialogId}", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Host.PersonalTokenAsync(DemoWorld.Kari));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await Host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        await ProblemAssert.IsAsync(response, HttpStatusCode.NotAcceptable, DialogProblemTypes.NotAcceptable.Type, "application/json");
    }

    [Fact]
    public async Task EndUser_Gets503_WhenThePolicyDecisionPointIsUnreachable()
    {
        var port = DialogServiceTestHost.FreePort();
        await using var host = await DialogServiceTestHost.StartAsync(DialogServiceDatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["PolicyDecisionPoint:Mode"] = "Remote",
            ["PolicyDecisionPoint:RemoteBaseUri"] = $"http://127.0.0.1:{port}/",
            ["PolicyDecisionPoint:MaxRetries"] = "0",
        });
        var dialogId = await DialogServiceEndToEndTests.CreateAsync(host);
        var user = await host.PersonalTokenAsync(DemoWorld.Kari);

        using var get = await host.SendAsync(HttpMethod.Get, $"{EndUserPath}/{dialogId}", user);
        await ProblemAssert.IsAsync(get, HttpStatusCode.ServiceUnavailable, DialogProblemTypes.PdpUnavailable.Type, "did not answer");
        using var list = await host.SendAsync(HttpMethod.Get, EndUserPath, user);
        await ProblemAssert.IsAsync(list, HttpStatusCode.ServiceUnavailable, DialogProblemTypes.PdpUnavailable.Type, "did not answer");
    }

    [Fact]
    public async Task EndUser_Gets400_ForALimitOutOfRange()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{EndUserPath}?limit=0", await Host.PersonalTokenAsync(DemoWorld.Kari));
        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
    }

    [Theory]
    [InlineData("1%0A%1B%5B2J")]
    [InlineData("%00%07%7F%C2%85")]
    [InlineData("abcdefghijklmnopqrstuvwxyz%0D%0A")]
    public async Task EndUser_Gets400_ForABadLimit_WithoutItsControlCharacters(string limit)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{EndUserPath}?limit={limit}", await Host.PersonalTokenAsync(DemoWorld.Kari));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
        var message = problem.GetProperty("errors").GetProperty("limit")[0].GetString()!;
        Assert.Contains("(was '", message, StringComparison.Ordinal);
        Assert.DoesNotContain(message, char.IsControl);
    }

    [Fact]
    public async Task ServiceOwner_Gets400_QuotingEveryRefusedValue_WithoutItsControlCharacters()
    {
        using var response = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, await Host.EnterpriseTokenAsync(), """
            {"serviceResource":"urn:altinn:resource:X\u0007","party":"urn:x\u0000\u001b[2J","status":"Open\r\n",
             "content":{"title":{"value":[{"value":"x","languageCode":"n\u001bb"}]},
                        "mainContentReference":{"value":[{"value":"ftp://x\u0085","languageCode":"nb"}],"mediaType":"text/html\n"}},
             "guiActions":[{"action":"read\u0000","url":"https://sp.example/\u0001","priority":"Primary\u001b[31m","httpMethod":"GET\r\nX: y","title":[{"value":"a","languageCode":"nb"}],
                            "authorizationAttribute":"sub\u001b"}],
             "apiActions":[{"action":"c","endpoints":[{"url":"https://sp.example/api","httpMethod":"PATCH\u0000"}]}]}
            """);

        var errors = (await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "rules")).GetProperty("errors");
        var messages = errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => $"{e.Name}: {m.GetString()}")).ToList();
        Assert.True(messages.Count >= 10, string.Join(Environment.NewLine, messages));
        Assert.All(messages, m => Assert.DoesNotContain(m, char.IsControl));
    }

    [Fact]
    public async Task ServiceOwner_Gets400And415_QuotingALongHeader_Shortened()
    {
        var owner = await Host.EnterpriseTokenAsync();
        var dialogId = await DialogServiceEndToEndTests.CreateAsync(Host);
        using var weak = await Host.SendAsync(HttpMethod.Put, $"{ServiceOwnerPath}/{dialogId}", owner, DemoWorld.MvaDialog(), $"W/\"{new string('x', 4000)}\"");
        var ifMatch = (await ProblemAssert.IsAsync(weak, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule")).GetProperty("errors").GetProperty("If-Match")[0].GetString()!;
        Assert.InRange(ifMatch.Length, 1, 300);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ServiceOwnerPath, UriKind.Relative)) { Content = new StringContent("{}") };
        request.Content.Headers.Remove("Content-Type");
        Assert.True(request.Content.Headers.TryAddWithoutValidation("Content-Type", $"text/plain; x={new string('y', 4000)}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", owner);
        using var unsupported = await Host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var detail = (await ProblemAssert.IsAsync(unsupported, HttpStatusCode.UnsupportedMediaType, DialogProblemTypes.ContentTypeUnsupported.Type, "text/plain")).GetProperty("detail").GetString()!;
        Assert.InRange(detail.Length, 1, 300);
    }
}
