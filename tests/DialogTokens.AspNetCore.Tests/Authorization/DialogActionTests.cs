using System.Net;
using System.Net.Http.Json;
using DialogTokens.AspNetCore.Tests.TestSupport;

namespace DialogTokens.AspNetCore.Tests.Authorization;

/// <summary>"Action X on the dialog in the route", for minimal APIs: 403 with the code when a valid token does not fit.</summary>
public sealed class DialogActionTests(IssuerAndApp hosts) : IClassFixture<IssuerAndApp>
{
    private static readonly Guid Dialog = Guid.CreateVersion7();
    private static readonly Guid OtherDialog = Guid.CreateVersion7();

    private FakeIssuer Issuer => hosts.Issuer;

    private ProtectedApp App => hosts.App;

    [Fact]
    public async Task TokenForAnotherDialog_Answers403_DialogMismatch()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{OtherDialog}/write", Issuer.Issue(Dialog, "write"));

        var problem = await ProblemAssert.ForbiddenAsync(response, "dialog_mismatch");
        Assert.Contains(OtherDialog.ToString(), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteValueThatIsNotADialogId_Answers403_DialogMismatch()
    {
        var response = await App.SendAsync(HttpMethod.Post, "/dialogs/not-a-uuid/write", Issuer.Issue(Dialog, "write"));

        await ProblemAssert.ForbiddenAsync(response, "dialog_mismatch");
    }

    [Fact]
    public async Task GuidRouteConstraint_Answers404_BeforeAnyTokenCheck()
    {
        var response = await App.SendAsync(HttpMethod.Get, "/dialogs/not-a-uuid/fce", Issuer.Issue(Dialog, "read"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TokenWithoutTheAction_Answers403_ActionNotGranted()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/write", Issuer.Issue(Dialog, "read"));

        var problem = await ProblemAssert.ForbiddenAsync(response, "action_not_granted");
        Assert.Contains("'write'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenWithNoActions_Answers403_ActionNotGranted()
    {
        var response = await App.SendAsync(HttpMethod.Get, $"/dialogs/{Dialog}/fce", Issuer.Issue(Dialog, ""));

        await ProblemAssert.ForbiddenAsync(response, "action_not_granted");
    }

    [Fact]
    public async Task PermitOnAnAttribute_DoesNotGrantTheBareAction()
    {
        var token = Issuer.Issue(Dialog, "delete,urn:altinn:task:Task_1;read");

        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/delete", token);

        await ProblemAssert.ForbiddenAsync(response, "action_not_granted");
    }

    [Fact]
    public async Task PermitOnAnAttribute_GrantsTheActionOnThatAttribute()
    {
        var token = Issuer.Issue(Dialog, "delete,urn:altinn:task:Task_1;read");

        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/task1/delete", token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task PermitOnTheMainResource_DoesNotGrantAnAttribute()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/task1/delete", Issuer.Issue(Dialog, "delete;read"));

        await ProblemAssert.ForbiddenAsync(response, "action_not_granted");
    }

    [Fact]
    public async Task BareAttribute_IsTheSubresourceOfThatName()
    {
        var response = await App.SendAsync(HttpMethod.Get, $"/dialogs/{Dialog}/sub1", Issuer.Issue(Dialog, "read,urn:altinn:subresource:sub1"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task EveryRequiredAction_MustBeGranted()
    {
        var readOnly = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/sign", Issuer.Issue(Dialog, "read"));
        var both = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/sign", Issuer.Issue(Dialog, "read;sign"));

        var problem = await ProblemAssert.ForbiddenAsync(readOnly, "action_not_granted");
        Assert.Contains("'sign'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, both.StatusCode);
    }

    [Fact]
    public async Task WithDialogIdFromToken_TheTokensOwnDialogIsUsed()
    {
        var response = await App.SendAsync(HttpMethod.Get, "/embed", Issuer.Issue(OtherDialog, "read"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OtherDialog, (await response.Content.ReadFromJsonAsync<Answer>(TestContext.Current.CancellationToken))!.DialogId);
    }

    [Fact]
    public async Task WithDialogIdFromToken_TheActionIsStillRequired()
    {
        var response = await App.SendAsync(HttpMethod.Get, "/embed", Issuer.Issue(OtherDialog, "write"));

        await ProblemAssert.ForbiddenAsync(response, "action_not_granted");
    }

    [Fact]
    public async Task OptionalDialogRouteValue_WhenAbsent_Answers403_DialogMismatch_NotTheTokensOwnDialog()
    {
        // Fail closed: a request that names no dialog does not fall back to the dialog the token names.
        var absent = await App.SendAsync(HttpMethod.Get, "/optional", Issuer.Issue(Dialog, "read"));
        var same = await App.SendAsync(HttpMethod.Get, $"/optional/{Dialog}", Issuer.Issue(Dialog, "read"));
        var other = await App.SendAsync(HttpMethod.Get, $"/optional/{OtherDialog}", Issuer.Issue(Dialog, "read"));

        var problem = await ProblemAssert.ForbiddenAsync(absent, "dialog_mismatch");
        Assert.Contains("names no dialog", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, same.StatusCode);
        await ProblemAssert.ForbiddenAsync(other, "dialog_mismatch");
    }

    [Fact]
    public async Task EndpointServiceResource_TokenForAnotherService_Answers403_ServiceResourceMismatch()
    {
        var other = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/other-service", Issuer.Issue(Dialog, "write"));
        var same = await App.SendAsync(HttpMethod.Post, $"/dialogs/{Dialog}/this-service", Issuer.Issue(Dialog, "write"));

        var problem = await ProblemAssert.ForbiddenAsync(other, "service_resource_mismatch");
        Assert.Contains(ProtectedApp.OtherServiceResource, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, same.StatusCode);
    }

    [Fact]
    public async Task EndpointServiceResource_IsCheckedBeforeTheDialog()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{OtherDialog}/other-service", Issuer.Issue(Dialog, "read"));

        await ProblemAssert.ForbiddenAsync(response, "service_resource_mismatch");
    }

    [Fact]
    public async Task BadTokenOnAProtectedEndpoint_Answers401_Not403()
    {
        var response = await App.SendAsync(HttpMethod.Post, $"/dialogs/{OtherDialog}/write", "a.b.c");

        await ProblemAssert.RejectedAsync(response, "token_encoding_invalid");
    }

    [Fact]
    public void RequireDialogAction_RefusesAnActionThatCannotBeInAToken()
    {
        Assert.Throws<ArgumentException>(() => new RequireDialogActionAttribute("write;read"));
        Assert.Throws<ArgumentException>(() => new DialogActionRequirement(default));
        Assert.Throws<ArgumentException>(() => new DialogActionRequirement(new DialogAction("write"), dialogIdRouteValue: ""));
    }

    [Fact]
    public void RequireDialogAction_RefusesANullRouteValue_WhichUsedToMeanTheTokensOwnDialog()
    {
        var requirement = Assert.Throws<ArgumentException>(() => new DialogActionRequirement(new DialogAction("write"), dialogIdRouteValue: null!));
        var attribute = new RequireDialogActionAttribute("write") { DialogIdRouteValue = null! };

        Assert.Contains("DialogIdFrom.Token", requirement.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => attribute.GetRequirements().ToList());
        Assert.Throws<ArgumentException>(() => new DialogActionRequirement(new DialogAction("write"), dialogIdFrom: (DialogIdFrom)7));
    }

    [Theory]
    [InlineData("super-simple-service")]
    [InlineData("urn:altinn:resource:")]
    [InlineData("urn:altinn:resource:a b")]
    public void RequireDialogAction_RefusesAServiceResourceThatNoTokenCanCarry(string serviceResource)
    {
        Assert.Throws<ArgumentException>(() => new DialogActionRequirement(new DialogAction("write"), serviceResource: serviceResource));
        Assert.Throws<ArgumentException>(() => new RequireDialogActionAttribute("write") { ServiceResource = serviceResource }.GetRequirements().ToList());
    }
}
