using DialogTokens.DialogService.Dialogs;
using DialogTokens.DialogService.Dialogs.Persistence;

namespace DialogTokens.DialogService.Tests.Dialogs;

public sealed class DialogDocumentTests
{
    [Fact]
    public void AuthorizationPairs_StartsWithRead_ThenEachPairOnce_InTheOrderFound()
    {
        var content = TestDialogs.Document().Content;
        var document = new DialogDocument(
            content,
            [
                TestDialogs.Gui("write", null, "https://sp.example/a"),
                TestDialogs.Gui("write", null, "https://sp.example/b"),
                TestDialogs.Gui("delete", "urn:altinn:task:Task_1", "https://sp.example/c"),
                TestDialogs.Gui("read", null, "https://sp.example/d"),
                TestDialogs.Gui("sign", "urn:altinn:subresource:signing", "https://sp.example/e"),
            ],
            [
                Api("write", null),
                Api("delete", "urn:altinn:task:Task_1"),
                Api("delete", "urn:altinn:task:Task_2"),
                Api("sign", "urn:altinn:subresource:signing"),
                Api("read", "urn:altinn:subresource:attachments"),
            ]);

        Assert.Equal(
            [
                new DialogAction("read"),
                new DialogAction("write"),
                new DialogAction("delete", "urn:altinn:task:Task_1"),
                new DialogAction("sign", "urn:altinn:subresource:signing"),
                new DialogAction("delete", "urn:altinn:task:Task_2"),
                new DialogAction("read", "urn:altinn:subresource:attachments"),
            ],
            document.AuthorizationPairs());
    }

    [Fact]
    public void AuthorizationPairs_IsReadAlone_WhenThereAreNoActions()
    {
        var document = TestDialogs.Document() with { GuiActions = [], ApiActions = [] };

        Assert.Equal([new DialogAction("read")], document.AuthorizationPairs());
    }

    [Fact]
    public void DialogDocumentJson_RoundTrip_PreservesEverything()
    {
        var document = TestDialogs.Document();

        var json = DialogDocumentJson.Write(document);
        var read = DialogDocumentJson.Read(json);

        Assert.Equivalent(document, read, strict: true);
        Assert.Equal(json, DialogDocumentJson.Write(read));
        Assert.Equal(TestDialogs.T0.AddDays(30), read.ApiActions[0].Endpoints[0].SunsetAt);
        Assert.Equal("Er du sikker?", Assert.Single(read.GuiActions[1].Prompt!).Value);
    }

    [Fact]
    public void DialogDocumentJson_RoundTrip_KeepsAbsentValuesAbsent()
    {
        var document = new DialogDocument(
            new DialogContent(new ContentValue([new("Tittel", "nb")], DialogMediaTypes.PlainText), null, null),
            [TestDialogs.Gui("write", null, "https://sp.example/a")],
            [new ApiAction(Guid.CreateVersion7(), "write", null, null, [])]);

        var read = DialogDocumentJson.Read(DialogDocumentJson.Write(document));

        Assert.Equivalent(document, read, strict: true);
        Assert.Null(read.Content.Summary);
        Assert.Null(read.Content.MainContentReference);
        Assert.Null(read.GuiActions[0].AuthorizationAttribute);
        Assert.Null(read.GuiActions[0].Prompt);
        Assert.Null(read.ApiActions[0].Name);
    }

    private static ApiAction Api(string action, string? attribute) =>
        new(Guid.CreateVersion7(), action, null, attribute, [new ApiActionEndpoint(Guid.CreateVersion7(), null, "https://sp.example/api", "GET", null, null, null, false, null)]);
}
