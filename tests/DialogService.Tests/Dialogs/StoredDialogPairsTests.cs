namespace DialogTokens.DialogService.Tests.Dialogs;

/// <summary>A stored dialog whose actions bypassed validation still yields its pairs: the ones that cannot be written are left out, never thrown on.</summary>
public sealed class StoredDialogPairsTests
{
    [Theory]
    [InlineData("", null)]
    [InlineData("write;read", null)]
    [InlineData("write,sub", null)]
    [InlineData("write", "sub;read")]
    public void AuthorizationPairs_LeavesOut_APairThatCannotBeWritten(string action, string? attribute)
    {
        var document = TestDialogs.Document() with
        {
            GuiActions = [TestDialogs.Gui(action, attribute, "https://sp.example/a"), TestDialogs.Gui("sign", "urn:x:", "https://sp.example/b")],
            ApiActions = [],
        };

        Assert.Equal([new DialogAction("read"), new DialogAction("sign", "urn:x:")], document.AuthorizationPairs());
    }
}
