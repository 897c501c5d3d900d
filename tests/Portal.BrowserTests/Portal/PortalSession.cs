using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DialogTokens.Portal.BrowserTests.Portal;

/// <summary>What a user does in the portal, in the DOM contract's words (data-testid attributes).</summary>
internal static class PortalSession
{
    public const string Kari = "12858012307";   // DAGL of Fjelltopp Bygg AS
    public const string Ola = "07837523588";    // REGNA of Fjelltopp: may write, may not sign
    public const string Siri = "23919034521";   // DAGL of Kystlys Regnskap AS
    public const string Bergen = "urn:altinn:organization:identifier-no:310100021";
    public const string DemoDialogId = "019ab84f-5c00-7a4f-94e6-2285d8e511d5";

    public static ILocator TestId(this IPage page, string id) => page.GetByTestId(id);

    public static ILocator GuiAction(this IPage page, string action) => page.Locator($"[data-testid=gui-action][data-action={action}]");

    /// <summary>Logs in at the development IdP's login page as <paramref name="pid"/> and comes back to the portal.</summary>
    public static async Task LoginAsync(this IPage page, BrowserHosts hosts, string pid)
    {
        await page.GotoAsync(hosts.PortalAddress.ToString());
        await page.TestId("login").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Development login" })).ToBeVisibleAsync();
        await page.GetByLabel("Other pid").FillAsync(pid);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(page.TestId("user-name")).ToBeVisibleAsync();
    }

    public static async Task ChoosePartyAsync(this IPage page, string partyUrn)
    {
        await page.TestId("party-select").SelectOptionAsync(partyUrn);
        await Expect(page.TestId("party-select")).ToHaveValueAsync(partyUrn);
    }

    /// <summary>Opens a dialog by its address, as a bookmark would; the title gets focus.</summary>
    public static async Task OpenDialogAsync(this IPage page, BrowserHosts hosts, string dialogId)
    {
        await page.GotoAsync(new Uri(hosts.PortalAddress, $"dialogs/{dialogId}").ToString());
        await Expect(page.TestId("dialog-title")).ToBeVisibleAsync();
    }

    public static async Task<string?> PwnedAsync(this IPage page) =>
        await page.EvaluateAsync<string?>($"() => window.{FaultyServiceProvider.PwnedGlobal} === undefined ? null : String(window.{FaultyServiceProvider.PwnedGlobal})");
}
