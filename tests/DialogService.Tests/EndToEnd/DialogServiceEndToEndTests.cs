using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DialogTokens.DialogService.Dialogs.EndUser;
using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Problems;
using Microsoft.Extensions.DependencyInjection;

namespace DialogTokens.DialogService.Tests.EndToEnd;

/// <summary>
/// The whole path over real HTTP on 127.0.0.1: tokens from the identity provider, a dialog created by its service owner,
/// fetched by users with different rights, each dialog token verified with the library from the metadata URL alone.
/// Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class DialogServiceEndToEndTests(DialogServiceDatabaseProvider provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DemoWorld.Kari, "delete;read;sign;write")]
    [InlineData(DemoWorld.Ola, "read;write")]
    [InlineData(DemoWorld.Siri, "read;sign;write")]
    public async Task EachUser_GetsWhatThePolicyImplies_AndATokenThatVerifiesThroughTheMetadata(string pid, string expectedActions)
    {
        await using var host = await DialogServiceTestHost.StartAsync(provider);
        var dialogId = await CreateAsync(host);

        using var response = await host.SendAsync(HttpMethod.Get, $"api/v1/enduser/dialogs/{dialogId}", await host.PersonalTokenAsync(pid));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dialog = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var granted = AuthorizedActions.Parse(expectedActions);

        // isAuthorized and the masked URLs follow the same decisions as the token's a claim.
        foreach (var action in dialog.GetProperty("guiActions").EnumerateArray().Concat(dialog.GetProperty("apiActions").EnumerateArray()))
        {
            var name = action.GetProperty("action").GetString()!;
            var isAuthorized = granted.IsGranted(name);
            Assert.Equal(isAuthorized, action.GetProperty("isAuthorized").GetBoolean());
            var urls = action.TryGetProperty("url", out var url) ? [url.GetString()] : action.GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("url").GetString()).ToArray();
            Assert.All(urls, u => Assert.Equal(isAuthorized, u != EndUserDialogViews.Unauthorized));
        }

        Assert.True(dialog.GetProperty("content").GetProperty("mainContentReference").GetProperty("isAuthorized").GetBoolean());
        Assert.Equal($"\"{dialog.GetProperty("revision").GetString()}\"", response.Headers.ETag?.ToString());

        var token = dialog.GetProperty("dialogToken").GetString()!;
        var verifier = await host.VerifierFromMetadataAsync();
        var result = verifier.Verify(token, dialogId, new DialogAction("read"));
        Assert.True(result.IsValid, result.ErrorDescription);
        var claims = result.Token.Claims;
        Assert.Equal(expectedActions, claims.Actions.ToString());
        Assert.Equal($"urn:altinn:person:identifier-no:{pid}", claims.AuthenticatedParty);
        Assert.Equal(3, claims.AuthenticationLevel);
        Assert.Equal(DemoWorld.Fjelltopp, claims.Party);
        Assert.Equal(DemoWorld.MvaMelding, claims.ServiceResource);
        Assert.Equal(dialogId, claims.DialogId);
        Assert.Equal(new Uri(host.BaseAddress, "api/v1").ToString(), claims.Issuer);
        Assert.Equal(TimeSpan.FromSeconds(600), claims.ExpiresAt - claims.IssuedAt);
        Assert.Equal(DialogTokenError.ActionNotGranted, verifier.Verify(token, dialogId, new DialogAction("archive")).Error);
        Assert.Equal(granted.IsGranted("delete"), verifier.Verify(token, dialogId, new DialogAction("delete")).IsValid);
        Assert.Equal(DialogTokenError.DialogMismatch, verifier.Verify(token, Guid.CreateVersion7(), new DialogAction("read")).Error);
    }

    [Fact]
    public async Task RotatingKeys_BetweenTwoFetches_LeavesBothTokensValid()
    {
        await using var host = await DialogServiceTestHost.StartAsync(provider);
        var dialogId = await CreateAsync(host);
        var user = await host.PersonalTokenAsync(DemoWorld.Kari);

        // The next key has been published for the whole lead time; then a rotation lets it sign at once.
        host.Time.Advance(DialogServiceTestHost.PublishLeadTime + TimeSpan.FromSeconds(1));
        var before = await FetchTokenAsync(host, dialogId, user);
        var rotation = await host.Services.GetRequiredService<IDialogTokenKeyRing>().RotateNowAsync(Cancel);
        Assert.True(rotation.Succeeded, rotation.Error);
        Assert.True(rotation.SignFrom <= host.Time.GetUtcNow());
        var after = await FetchTokenAsync(host, dialogId, user);

        Assert.NotEqual(DialogTokenReader.Read(before).KeyId, DialogTokenReader.Read(after).KeyId);
        Assert.Equal(rotation.KeyId, DialogTokenReader.Read(after).KeyId);
        var verifier = await host.VerifierFromMetadataAsync();
        Assert.True(verifier.Verify(before, dialogId, new DialogAction("read")).IsValid, "The token signed before the rotation still verifies.");
        Assert.True(verifier.Verify(after, dialogId, new DialogAction("read")).IsValid, "The token signed after the rotation verifies.");
    }

    [Fact]
    public async Task TwoUpdates_FromTheSameRevision_NeverBothWin()
    {
        await using var host = await DialogServiceTestHost.StartAsync(provider);
        var owner = await host.EnterpriseTokenAsync();
        var dialogId = await CreateAsync(host);
        using var current = await host.SendAsync(HttpMethod.Get, $"api/v1/serviceowner/dialogs/{dialogId}", owner);
        var etag = current.Headers.ETag!.ToString();

        var updates = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            host.SendAsync(HttpMethod.Put, $"api/v1/serviceowner/dialogs/{dialogId}", owner, Update($"Versjon {i}"), etag)));

        Assert.Single(updates, r => r.StatusCode == HttpStatusCode.NoContent);
        Assert.All(updates.Where(r => r.StatusCode != HttpStatusCode.NoContent), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        var winner = updates.Single(r => r.StatusCode == HttpStatusCode.NoContent);
        using var after = await host.SendAsync(HttpMethod.Get, $"api/v1/serviceowner/dialogs/{dialogId}", owner);
        Assert.Equal(winner.Headers.ETag!.ToString(), after.Headers.ETag!.ToString());
        foreach (var update in updates)
        {
            update.Dispose();
        }
    }

    [Fact]
    public async Task Update_ChangesWhatUsersSee_AndDelete_MakesThemGet410()
    {
        await using var host = await DialogServiceTestHost.StartAsync(provider);
        var owner = await host.EnterpriseTokenAsync();
        var user = await host.PersonalTokenAsync(DemoWorld.Kari);
        var dialogId = await CreateAsync(host);
        using var current = await host.SendAsync(HttpMethod.Get, $"api/v1/serviceowner/dialogs/{dialogId}", owner);

        using var update = await host.SendAsync(HttpMethod.Put, $"api/v1/serviceowner/dialogs/{dialogId}", owner, Update("Oppdatert"), current.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        using var seen = await host.SendAsync(HttpMethod.Get, $"api/v1/enduser/dialogs/{dialogId}", user);
        var dialog = await seen.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("Oppdatert", dialog.GetProperty("content").GetProperty("title").GetProperty("value")[0].GetProperty("value").GetString());
        Assert.Equal("Completed", dialog.GetProperty("status").GetString());
        Assert.Equal("read", DialogTokenReader.Read(dialog.GetProperty("dialogToken").GetString()!).Claims!.Actions.ToString());

        using var delete = await host.SendAsync(HttpMethod.Delete, $"api/v1/serviceowner/dialogs/{dialogId}", owner);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var gone = await host.SendAsync(HttpMethod.Get, $"api/v1/enduser/dialogs/{dialogId}", user);
        await ProblemAssert.IsAsync(gone, HttpStatusCode.Gone, DialogProblemTypes.DialogDeleted.Type, "deleted");
        using var ownerView = await host.SendAsync(HttpMethod.Get, $"api/v1/serviceowner/dialogs/{dialogId}", owner);
        Assert.Equal(JsonValueKind.String, (await ownerView.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("deletedAt").ValueKind);
        using var list = await host.SendAsync(HttpMethod.Get, "api/v1/enduser/dialogs", user);
        Assert.DoesNotContain((await list.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == dialogId);
    }

    [Fact]
    public async Task RefusedCreate_ChangesNothing()
    {
        await using var host = await DialogServiceTestHost.StartAsync(provider);
        var owner = await host.EnterpriseTokenAsync();
        var id = Guid.CreateVersion7();
        var invalid = JsonSerializer.SerializeToNode(DemoWorld.MvaDialog(id))!;
        invalid["guiActions"]![1]!["url"] = "http://sp.example/write";

        using var refused = await host.SendAsync(HttpMethod.Post, "api/v1/serviceowner/dialogs", owner, invalid.ToJsonString());
        await ProblemAssert.IsAsync(refused, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
        using var missing = await host.SendAsync(HttpMethod.Get, $"api/v1/serviceowner/dialogs/{id}", owner);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task List_ShowsTheDialogsEachUserMayRead()
    {
        await using var host = await DialogServiceTestHost.StartAsync(provider);
        var dialogId = await CreateAsync(host);

        Assert.Contains(dialogId, await ListAsync(host, DemoWorld.Ola));
        Assert.Contains(dialogId, await ListAsync(host, DemoWorld.Kari, $"?party={Uri.EscapeDataString(DemoWorld.Fjelltopp)}"));
        Assert.DoesNotContain(dialogId, await ListAsync(host, DemoWorld.Stranger));
        Assert.DoesNotContain(dialogId, await ListAsync(host, DemoWorld.Stranger, $"?party={Uri.EscapeDataString(DemoWorld.Fjelltopp)}"));
    }

    internal static async Task<Guid> CreateAsync(DialogServiceTestHost host)
    {
        var id = Guid.CreateVersion7();
        using var created = await host.SendAsync(HttpMethod.Post, "api/v1/serviceowner/dialogs", await host.EnterpriseTokenAsync(), DemoWorld.MvaDialog(id));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/serviceowner/dialogs/{id}", created.Headers.Location?.ToString());
        return id;
    }

    private static async Task<string> FetchTokenAsync(DialogServiceTestHost host, Guid dialogId, string user)
    {
        using var response = await host.SendAsync(HttpMethod.Get, $"api/v1/enduser/dialogs/{dialogId}", user);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("dialogToken").GetString()!;
    }

    private static async Task<List<Guid>> ListAsync(DialogServiceTestHost host, string pid, string query = "")
    {
        using var response = await host.SendAsync(HttpMethod.Get, "api/v1/enduser/dialogs" + query, await host.PersonalTokenAsync(pid));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }

    private static object Update(string title) => new
    {
        status = "Completed",
        content = new { title = new { value = new[] { new { value = title, languageCode = "nb" } } } },
        guiActions = new[] { new { action = "read", url = "https://sp.example/receipt", priority = "Primary", title = new[] { new { value = "Kvittering", languageCode = "nb" } } } },
    };
}

/// <summary>The end-to-end tests on SQLite, the embedded default.</summary>
public sealed class SqliteDialogServiceEndToEndTests() : DialogServiceEndToEndTests(DialogServiceDatabaseProvider.Sqlite);

/// <summary>The end-to-end tests on PostgreSQL (scripts/test.sh provides the server).</summary>
public sealed class PostgreSqlDialogServiceEndToEndTests() : DialogServiceEndToEndTests(DialogServiceDatabaseProvider.PostgreSql);
