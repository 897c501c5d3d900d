using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DialogTokens.Authorization;
using DialogTokens.DialogService.Dialogs;
using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.Problems;
using DialogTokens.DialogService.Tests.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace DialogTokens.DialogService.Tests.EndToEnd;

/// <summary>
/// Issue 11 on the wire: attributes that name another owner's resource or another party, malformed attributes stored
/// past validation, unbounded actions, and Dialogporten's legacy statuses. One host (SQLite) for the class.
/// </summary>
public sealed class AuthorizationAttributeEndToEndTests(ErrorTestHost fixture) : IClassFixture<ErrorTestHost>
{
    private const string ServiceOwnerPath = "api/v1/serviceowner/dialogs";
    private const string EndUserPath = "api/v1/enduser/dialogs";
    private const string OtherOwnersResource = "urn:altinn:resource:fjelltopp-service";

    private DialogServiceTestHost Host => fixture.Host;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServiceOwner_Gets403_NamingEveryUnownedResource_OnCreate_AndNothingIsStored()
    {
        await RegisterOtherOwnersResourceAsync();
        var id = Guid.CreateVersion7();
        var dialog = WithAttributes(DemoWorld.MvaDialog(id), OtherOwnersResource, "urn:altinn:resource:no-such-resource");
        var owner = await Host.EnterpriseTokenAsync();

        using var create = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, owner, dialog.ToJsonString());
        var problem = await ProblemAssert.IsAsync(create, HttpStatusCode.Forbidden, DialogProblemTypes.Forbidden.Type, "unowned resources");
        Assert.Contains($"[{OtherOwnersResource}, urn:altinn:resource:no-such-resource]", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var get = await Host.SendAsync(HttpMethod.Get, $"{ServiceOwnerPath}/{id}", owner);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task ServiceOwner_Gets403_ForAnUnownedResource_OnUpdate_AndTheDialogIsUnchanged()
    {
        await RegisterOtherOwnersResourceAsync();
        var id = await DialogServiceEndToEndTests.CreateAsync(Host);
        var owner = await Host.EnterpriseTokenAsync();
        using var before = await Host.SendAsync(HttpMethod.Get, $"{ServiceOwnerPath}/{id}", owner);

        using var update = await Host.SendAsync(HttpMethod.Put, $"{ServiceOwnerPath}/{id}", owner, WithAttributes(DemoWorld.MvaDialog(), OtherOwnersResource).ToJsonString(), "*");
        await ProblemAssert.IsAsync(update, HttpStatusCode.Forbidden, DialogProblemTypes.Forbidden.Type, $"[{OtherOwnersResource}]");

        using var after = await Host.SendAsync(HttpMethod.Get, $"{ServiceOwnerPath}/{id}", owner);
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task ServiceOwner_MayReferenceAResourceItOwns()
    {
        var owner = await Host.EnterpriseTokenAsync();

        using var create = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, owner, WithAttributes(DemoWorld.MvaDialog(), "urn:altinn:resource:demo-byggesoknad").ToJsonString());

        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
    }

    [Theory]
    [InlineData("urn:altinn:organization:identifier-no:310100013")]
    [InlineData("urn:altinn:partyid:50001")]
    [InlineData("urn:altinn:partyid:abc")]
    [InlineData("urn:x:")]
    [InlineData("urn:x")]
    [InlineData("1abc")]
    [InlineData("sub\n")]
    public async Task ServiceOwner_Gets400_ForAnAttributeOutsideDialogportensFormat(string attribute)
    {
        using var create = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, await Host.EnterpriseTokenAsync(), WithAttributes(DemoWorld.MvaDialog(), attribute).ToJsonString());

        var problem = await ProblemAssert.IsAsync(create, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "1 rule");
        Assert.True(problem.GetProperty("errors").TryGetProperty("guiActions[0].authorizationAttribute", out _));
    }

    [Fact]
    public async Task EndUser_GetsATokenWhoseAttribute_AServiceProviderMatches_WhenTheOwnerWroteItInUpperCase()
    {
        var id = Guid.CreateVersion7();
        var owner = await Host.EnterpriseTokenAsync();
        var dialog = JsonSerializer.SerializeToNode(DemoWorld.MvaDialog(id))!;
        dialog["guiActions"]![1]!["authorizationAttribute"] = "URN:ALTINN:SUBRESOURCE:Sub1";
        using var create = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, owner, dialog.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);

        var view = await GetAsync(EndUserPath, id, await Host.PersonalTokenAsync(DemoWorld.Kari));

        Assert.True(view.GetProperty("guiActions")[1].GetProperty("isAuthorized").GetBoolean());
        var verifier = await Host.VerifierFromMetadataAsync();
        var token = view.GetProperty("dialogToken").GetString();
        var verified = verifier.Verify(token, id, new DialogAction("write", "urn:altinn:subresource:Sub1"));
        Assert.True(verified.IsValid, verified.ErrorDescription);
        Assert.Contains("write,urn:altinn:subresource:Sub1", verified.Token.Claims.Actions.ToString().Split(';'));
        var bare = verifier.Verify(token, id, new DialogAction("write", "Sub1"));
        Assert.True(bare.IsValid, bare.ErrorDescription);
        Assert.Equal("urn:altinn:subresource:Sub1", (await GetAsync(ServiceOwnerPath, id, owner)).GetProperty("guiActions")[1].GetProperty("authorizationAttribute").GetString());
    }

    [Fact]
    public async Task ServiceOwner_Gets400_For2000Actions()
    {
        var dialog = JsonSerializer.SerializeToNode(DemoWorld.MvaDialog())!;
        dialog["apiActions"] = new JsonArray([.. Enumerable.Range(0, 2000).Select(i => JsonNode.Parse($$"""{"action":"a{{i}}","endpoints":[{"url":"https://x.example","httpMethod":"GET"}]}"""))]);

        using var create = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, await Host.EnterpriseTokenAsync(), dialog.ToJsonString());

        var errors = (await ProblemAssert.IsAsync(create, HttpStatusCode.BadRequest, DialogProblemTypes.ValidationFailed.Type, "rules")).GetProperty("errors");
        Assert.Contains("At most 100 API actions (was 2000).", errors.GetProperty("apiActions")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("actions", out _));
    }

    [Theory]
    [InlineData("Sent", "Awaiting")]
    [InlineData("New", "NotApplicable")]
    [InlineData(null, "NotApplicable")]
    public async Task ServiceOwner_MayUseDialogportensLegacyAndOptionalStatus(string? given, string stored)
    {
        var id = Guid.CreateVersion7();
        var dialog = JsonSerializer.SerializeToNode(DemoWorld.MvaDialog(id))!.AsObject();
        dialog.Remove("status");
        if (given is not null)
        {
            dialog["status"] = given;
        }

        var owner = await Host.EnterpriseTokenAsync();
        using var create = await Host.SendAsync(HttpMethod.Post, ServiceOwnerPath, owner, dialog.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        Assert.Equal(stored, (await GetAsync(ServiceOwnerPath, id, owner)).GetProperty("status").GetString());

        dialog["status"] = "Sent";
        using var update = await Host.SendAsync(HttpMethod.Put, $"{ServiceOwnerPath}/{id}", owner, dialog.ToJsonString(), "*");
        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        Assert.Equal("Awaiting", (await GetAsync(ServiceOwnerPath, id, owner)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("urn:x:")]
    [InlineData("urn:x")]
    [InlineData("urn:altinn:partyid:50001")]
    [InlineData("x;y")]
    public async Task EndUser_StillGetsADialog_WithAMalformedAttributeStoredPastValidation(string attribute)
    {
        var dialog = TestDialogs.Create(DemoWorld.Fjelltopp) with { ServiceResource = DemoWorld.MvaMelding, ServiceOwner = DialogServiceTestHost.DemoOwner };
        dialog = dialog with
        {
            Document = dialog.Document with
            {
                GuiActions = [TestDialogs.Gui("write", null, "https://sp.example/write", GuiActionPriority.Primary, "POST"), TestDialogs.Gui("sign", attribute, "https://sp.example/sign")],
                ApiActions = [],
            },
        };
        Assert.Equal(DialogWriteOutcome.Done, await Host.Services.GetRequiredService<DialogStore>().CreateAsync(dialog, Cancel));

        var view = await GetAsync(EndUserPath, dialog.Id, await Host.PersonalTokenAsync(DemoWorld.Kari));

        var actions = view.GetProperty("guiActions");
        Assert.True(actions[0].GetProperty("isAuthorized").GetBoolean());
        Assert.False(actions[1].GetProperty("isAuthorized").GetBoolean());
        Assert.Equal("urn:dialogporten:unauthorized", actions[1].GetProperty("url").GetString());
        var verified = (await Host.VerifierFromMetadataAsync()).Verify(view.GetProperty("dialogToken").GetString(), dialog.Id, new DialogAction("write"));
        Assert.True(verified.IsValid, verified.ErrorDescription);
        Assert.Equal("read;write", verified.Token.Claims.Actions.ToString());
    }

    private async Task<JsonElement> GetAsync(string path, Guid id, string token)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{path}/{id}", token);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>A resource of Fjelltopp Bygg AS, which the demo owner (ttd) does not own.</summary>
    private async Task RegisterOtherOwnersResourceAsync()
    {
        var store = Host.Services.GetRequiredService<IAuthorizationStore>();
        var template = await store.FindResourceAsync("demo-byggesoknad", Cancel);
        await store.SaveResourceAsync(template! with { Id = OtherOwnersResource[ServiceResource.UrnPrefix.Length..], OwnerOrganizationNumber = DemoWorld.FjelltoppOrganizationNumber }, Cancel);
    }

    /// <summary>The dialog with the given attributes on its first GUI actions.</summary>
    private static JsonNode WithAttributes(object dialog, params string[] attributes)
    {
        var node = JsonSerializer.SerializeToNode(dialog)!;
        for (var i = 0; i < attributes.Length; i++)
        {
            node["guiActions"]![i]!["authorizationAttribute"] = attributes[i];
        }

        return node;
    }
}
