using static Microsoft.Playwright.Assertions;

namespace DialogTokens.Portal.BrowserTests.Portal;

/// <summary>The dialog list pages forward and back.</summary>
public sealed class PagingTests(BrowserHosts hosts)
{
    // More than one page of the portal's list, whatever its page size up to this.
    private const int Dialogs = 30;

    [Fact]
    public async Task NextAndPreviousPage_ShowOtherDialogs_ThenTheFirstAgain()
    {
        for (var i = 0; i < Dialogs; i++)
        {
            await hosts.CreateDialogAsync(new TestDialog(TestDialog.Kystlys, $"Mva-melding, side {i}", new Uri(hosts.SampleAddress, "dialogs/00000000-0000-0000-0000-000000000000/fce")));
        }

        var page = await hosts.NewPageAsync();
        await page.LoginAsync(hosts, PortalSession.Siri);
        await page.ChoosePartyAsync(TestDialog.Kystlys);
        var links = page.TestId("dialog-link");
        await Expect(links.First).ToBeVisibleAsync();
        var first = await links.AllAsync();
        var firstPage = await Task.WhenAll(first.Select(l => l.GetAttributeAsync("href")));

        await page.TestId("next-page").ClickAsync();
        await Expect(links.First).Not.ToHaveAttributeAsync("href", firstPage[0]!);
        var secondPage = await Task.WhenAll((await links.AllAsync()).Select(l => l.GetAttributeAsync("href")));
        Assert.Empty(secondPage.Intersect(firstPage));

        await page.TestId("previous-page").ClickAsync();
        await Expect(page.Locator($"[data-testid=dialog-link][href='{firstPage[0]}']")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
