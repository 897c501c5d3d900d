using DialogTokens.DialogService.Dialogs;
using DialogTokens.DialogService.Dialogs.EndUser;

namespace DialogTokens.DialogService.Tests.Dialogs;

public sealed class EndUserDialogViewsTests
{
    private const string Token = "header.payload.signature";

    [Fact]
    public void Create_MasksTheUrlOfAGuiAction_ThatIsNotGranted()
    {
        var dialog = TestDialogs.Create();

        var view = EndUserDialogViews.Create(dialog, AuthorizedActions.Parse("read;write"), Token);

        var write = view.GuiActions[0];
        Assert.True(write.IsAuthorized);
        Assert.Equal("https://sp.example/open/1", write.Url);
        var delete = view.GuiActions[1];
        Assert.False(delete.IsAuthorized);
        Assert.Equal(EndUserDialogViews.Unauthorized, delete.Url);
        Assert.Equal("urn:dialogporten:unauthorized", delete.Url);

        // The rest of an unauthorized action stays visible, as in Dialogporten.
        Assert.Equal(("delete", "urn:altinn:task:Task_1", true, "DELETE"), (delete.Action, delete.AuthorizationAttribute, delete.IsDeleteDialogAction, delete.HttpMethod));
        Assert.Equal(Token, view.DialogToken);
        Assert.Equal((dialog.Id, dialog.Revision, dialog.Party), (view.Id, view.Revision, view.Party));
    }

    [Fact]
    public void Create_MasksEveryEndpointOfAnApiAction_ThatIsNotGranted()
    {
        var view = EndUserDialogViews.Create(TestDialogs.Create(), AuthorizedActions.Parse("read"), Token);

        var write = view.ApiActions[0];
        Assert.False(write.IsAuthorized);
        Assert.Equal(2, write.Endpoints.Count);
        Assert.All(write.Endpoints, e => Assert.Equal(EndUserDialogViews.Unauthorized, e.Url));
        Assert.Equal(["POST", "PUT"], write.Endpoints.Select(e => e.HttpMethod));
        var attachments = view.ApiActions[1];
        Assert.False(attachments.IsAuthorized); // read on the main resource does not cover a sub-resource
        Assert.All(attachments.Endpoints, e => Assert.Equal(EndUserDialogViews.Unauthorized, e.Url));
    }

    [Fact]
    public void Create_KeepsEndpointUrls_OfAnApiActionThatIsGranted()
    {
        var view = EndUserDialogViews.Create(TestDialogs.Create(), AuthorizedActions.Parse("read;read,urn:altinn:subresource:attachments;write"), Token);

        Assert.All(view.ApiActions, a => Assert.True(a.IsAuthorized));
        Assert.Equal(
            ["https://sp.example/api/submit", "https://sp.example/api/v2/submit", "https://sp.example/api/attachments"],
            view.ApiActions.SelectMany(a => a.Endpoints).Select(e => e.Url));
    }

    [Fact]
    public void Create_DoesNotAuthorizeABareAction_WithAGrantOnAnAttribute()
    {
        var dialog = DialogWith(TestDialogs.Gui("delete", null, "https://sp.example/delete/1"));

        var view = EndUserDialogViews.Create(dialog, AuthorizedActions.Parse("delete,urn:altinn:task:Task_1;read"), Token);

        var delete = Assert.Single(view.GuiActions);
        Assert.False(delete.IsAuthorized);
        Assert.Equal(EndUserDialogViews.Unauthorized, delete.Url);
    }

    [Fact]
    public void Create_DoesNotAuthorizeAnActionOnAnAttribute_WithAGrantOnTheMainResource()
    {
        var dialog = DialogWith(TestDialogs.Gui("write", "urn:altinn:subresource:x", "https://sp.example/write/1"));

        var view = EndUserDialogViews.Create(dialog, AuthorizedActions.Parse("read;write"), Token);

        var write = Assert.Single(view.GuiActions);
        Assert.False(write.IsAuthorized);
        Assert.Equal(EndUserDialogViews.Unauthorized, write.Url);
    }

    [Theory]
    [InlineData("x", "write,urn:altinn:subresource:x")]
    [InlineData("urn:altinn:subresource:x", "write,x")]
    [InlineData("urn:altinn:subresource:x", "write,urn:altinn:subresource:x")]
    public void Create_ReadsABareAttribute_AsASubresource(string attribute, string granted)
    {
        var dialog = DialogWith(TestDialogs.Gui("write", attribute, "https://sp.example/write/1"));

        var view = EndUserDialogViews.Create(dialog, AuthorizedActions.Parse(granted), Token);

        var write = Assert.Single(view.GuiActions);
        Assert.True(write.IsAuthorized);
        Assert.Equal("https://sp.example/write/1", write.Url);
    }

    [Theory]
    [InlineData("x", "write,urn:altinn:task:x")]
    [InlineData("urn:altinn:task:x", "write,x")]
    public void Create_DoesNotReadABareAttribute_AsAnotherKindOfResource(string attribute, string granted)
    {
        var dialog = DialogWith(TestDialogs.Gui("write", attribute, "https://sp.example/write/1"));

        var view = EndUserDialogViews.Create(dialog, AuthorizedActions.Parse(granted), Token);

        Assert.False(Assert.Single(view.GuiActions).IsAuthorized);
    }

    [Fact]
    public void Create_AuthorizesTheEmbed_WhenReadIsGranted()
    {
        var view = EndUserDialogViews.Create(TestDialogs.Create(), AuthorizedActions.Parse("read"), Token);

        var embed = view.Content.MainContentReference!;
        Assert.True(embed.IsAuthorized);
        Assert.Equal("https://sp.example/embed/1", Assert.Single(embed.Value).Value);
        Assert.Equal(DialogMediaTypes.EmbedMarkdown, embed.MediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("write")]
    [InlineData("read,urn:altinn:subresource:attachments")]
    public void Create_MasksTheEmbed_WhenReadOnTheMainResourceIsNotGranted(string granted)
    {
        var view = EndUserDialogViews.Create(TestDialogs.Create(), AuthorizedActions.Parse(granted), Token);

        var embed = view.Content.MainContentReference!;
        Assert.False(embed.IsAuthorized);
        var value = Assert.Single(embed.Value);
        Assert.Equal((EndUserDialogViews.Unauthorized, "nb"), (value.Value, value.LanguageCode));
    }

    [Fact]
    public void Create_HasNoEmbed_WhenTheDialogHasNone()
    {
        var dialog = TestDialogs.Create();
        dialog = dialog with { Document = dialog.Document with { Content = dialog.Document.Content with { MainContentReference = null } } };

        Assert.Null(EndUserDialogViews.Create(dialog, AuthorizedActions.Parse("read"), Token).Content.MainContentReference);
    }

    private static Dialog DialogWith(GuiAction action)
    {
        var dialog = TestDialogs.Create();
        return dialog with { Document = dialog.Document with { GuiActions = [action], ApiActions = [] } };
    }
}
