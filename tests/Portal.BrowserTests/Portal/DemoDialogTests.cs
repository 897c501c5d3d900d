using static Microsoft.Playwright.Assertions;

namespace DialogTokens.Portal.BrowserTests.Portal;

/// <summary>The seed's flow: the DAGL logs in, picks the company, opens the demo dialog and sees the sample's embed.</summary>
public sealed class DemoDialogTests(BrowserHosts hosts)
{
    [Fact]
    public async Task Dagl_OpensTheDemoDialogFromTheList_AndSeesTheSamplesEmbedAndTheToken()
    {
        var page = await hosts.NewPageAsync();
        await page.LoginAsync(hosts, PortalSession.Kari);
        await page.ChoosePartyAsync(TestDialog.Fjelltopp);
        var link = page.Locator($"[data-testid=dialog-link][href='dialogs/{PortalSession.DemoDialogId}']");
        await Expect(link).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "dialog-list");

        await link.ClickAsync();

        await Expect(page.TestId("dialog-title")).ToBeFocusedAsync();
        await Expect(page.TestId("dialog-title")).ToHaveTextAsync("Mva-melding for 3. termin");
        var embed = page.TestId("embed");
        await Expect(embed).ToHaveAttributeAsync("data-embed-state", "loaded");
        await Expect(embed).ToContainTextAsync("Denne meldingen gjelder");
        await Expect(embed).ToContainTextAsync("urn:altinn:organization:identifier-no:310100013");
        await Expect(page.TestId("token-actions").Locator("li")).Not.ToHaveCountAsync(0);
        await Expect(page.TestId("token-actions")).ToContainTextAsync("write");
        await Expect(page.TestId("token-claims")).ToContainTextAsync("12858012307");
        await Expect(page.TestId("token-expires-in")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("[0-9]"));
        await Expect(page.GuiAction("sign")).ToBeEnabledAsync();
        await Screenshots.SaveAsync(page, "dialog-open");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PersonWithoutTheSignRight_SeesTheSignButtonDisabled()
    {
        var page = await hosts.NewPageAsync();
        await page.LoginAsync(hosts, PortalSession.Ola);
        await page.OpenDialogAsync(hosts, PortalSession.DemoDialogId);

        await Expect(page.GuiAction("sign")).ToBeDisabledAsync();
        await Expect(page.GuiAction("write")).ToBeEnabledAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LanguageSwitch_ChangesTheTitle_AndIsKept()
    {
        var page = await hosts.NewPageAsync();
        await page.LoginAsync(hosts, PortalSession.Kari);
        await page.OpenDialogAsync(hosts, PortalSession.DemoDialogId);

        await page.TestId("lang-en").ClickAsync();
        await Expect(page.TestId("dialog-title")).ToHaveTextAsync("VAT return, 3rd term");
        await page.ReloadAsync();
        await Expect(page.TestId("dialog-title")).ToHaveTextAsync("VAT return, 3rd term");
        await page.TestId("lang-nb").ClickAsync();
        await Expect(page.TestId("dialog-title")).ToHaveTextAsync("Mva-melding for 3. termin");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PartySwitch_ListsThatPartysDialogs()
    {
        var page = await hosts.NewPageAsync();
        await page.LoginAsync(hosts, PortalSession.Kari);
        await page.ChoosePartyAsync(TestDialog.Fjelltopp);
        await Expect(page.TestId("dialog-list")).ToContainTextAsync("Mva-melding for 3. termin");

        await page.ChoosePartyAsync(PortalSession.Bergen);

        await Expect(page.TestId("dialog-list")).ToContainTextAsync("Byggesøknad: tilbygg, Nygårdsgaten 5");
        await Expect(page.TestId("dialog-list")).Not.ToContainTextAsync("Mva-melding for 3. termin");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Logout_ShowsTheLoginButtonAgain()
    {
        var page = await hosts.NewPageAsync();
        await page.LoginAsync(hosts, PortalSession.Kari);

        await page.TestId("logout").ClickAsync();

        await Expect(page.TestId("login")).ToBeVisibleAsync();
        await Expect(page.TestId("user-name")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
