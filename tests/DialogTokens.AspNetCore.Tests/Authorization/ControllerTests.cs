using System.Net;
using System.Net.Http.Json;
using DialogTokens.AspNetCore.Tests.TestSupport;

namespace DialogTokens.AspNetCore.Tests.Authorization;

/// <summary>The same rules for controllers, through <see cref="RequireDialogActionAttribute"/>.</summary>
public sealed class ControllerTests(IssuerAndApp hosts) : IClassFixture<IssuerAndApp>
{
    private static readonly Guid Dialog = Guid.CreateVersion7();

    private FakeIssuer Issuer => hosts.Issuer;

    private ProtectedApp App => hosts.App;

    [Fact]
    public async Task Attribute_AllowsATokenWithTheAction()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/mvc/dialogs/{Dialog}/write", Issuer.Issue(Dialog, "write"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(TestContext.Current.CancellationToken);
        Assert.Equal(FakeIssuer.Party, body!["party"]);
    }

    [Fact]
    public async Task Attribute_WithoutAToken_Answers401()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/mvc/dialogs/{Dialog}/write");

        await ProblemAssert.NoTokenAsync(response);
    }

    [Fact]
    public async Task Attribute_TokenForAnotherDialog_Answers403_DialogMismatch()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/mvc/dialogs/{Guid.CreateVersion7()}/write", Issuer.Issue(Dialog, "write"));

        await ProblemAssert.ForbiddenAsync(response, "dialog_mismatch");
    }

    [Fact]
    public async Task Attribute_TokenForAnotherServiceResource_Answers403_ServiceResourceMismatch()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/mvc/dialogs/{Dialog}/other-service", Issuer.Issue(Dialog, "write"));

        await ProblemAssert.ForbiddenAsync(response, "service_resource_mismatch");
    }

    [Fact]
    public async Task Attribute_WithAnAuthorizationAttribute_IsStrict()
    {
        var bare = await App.SendAsync(HttpMethod.Post, $"/mvc/dialogs/{Dialog}/task1/delete", Issuer.Issue(Dialog, "delete"));
        var qualified = await App.SendAsync(HttpMethod.Post, $"/mvc/dialogs/{Dialog}/task1/delete", Issuer.Issue(Dialog, "delete,urn:altinn:task:Task_1"));

        await ProblemAssert.ForbiddenAsync(bare, "action_not_granted");
        Assert.Equal(HttpStatusCode.NoContent, qualified.StatusCode);
    }

    [Fact]
    public async Task ClassAndMethodAttributes_MustBothHold()
    {
        var readOnly = await App.SendAsync(HttpMethod.Post, "/mvc/own/sign", Issuer.Issue(Dialog, "read"));
        var signOnly = await App.SendAsync(HttpMethod.Post, "/mvc/own/sign", Issuer.Issue(Dialog, "sign"));
        var both = await App.SendAsync(HttpMethod.Post, "/mvc/own/sign", Issuer.Issue(Dialog, "read;sign"));

        await ProblemAssert.ForbiddenAsync(readOnly, "action_not_granted");
        await ProblemAssert.ForbiddenAsync(signOnly, "action_not_granted");
        Assert.Equal(HttpStatusCode.OK, both.StatusCode);
        Assert.Equal(Dialog, await both.Content.ReadFromJsonAsync<Guid>(TestContext.Current.CancellationToken));
    }
}
