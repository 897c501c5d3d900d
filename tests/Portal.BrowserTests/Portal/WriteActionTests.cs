using static Microsoft.Playwright.Assertions;

namespace DialogTokens.Portal.BrowserTests.Portal;

/// <summary>Write actions against the sample: 204 reloads the dialog at once, 202 polls until it changed.</summary>
public sealed class WriteActionTests(BrowserHosts hosts)
{
    [Fact]
    public async Task Submit_AnsweredWith204_ShowsTheChangedDialog()
    {
        var id = await CreateAsync(hosts, queue: false);
        var page = await hosts.NewPageAsync();
        await page.LoginAsync(hosts, PortalSession.Kari);
        await page.OpenDialogAsync(hosts, id);
        await Expect(page.TestId("embed")).ToHaveAttributeAsync("data-embed-state", "loaded");

        await page.GuiAction("write").ClickAsync();

        // The sample set the summary and dropped the submit button through the service-owner API.
        await Expect(page.TestId("dialog-summary")).ToContainTextAsync("Sendt inn");
        await Expect(page.GuiAction("write")).ToHaveCountAsync(0);
        await Expect(page.TestId("last-answer")).ToContainTextAsync("204");
        await Expect(page.TestId("action-status")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "after-write-action");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Submit_AnsweredWith202_ShowsTheDialogOnceItChanged()
    {
        var id = await CreateAsync(hosts, queue: true);
        var page = await hosts.NewPageAsync();
        await page.LoginAsync(hosts, PortalSession.Kari);
        await page.OpenDialogAsync(hosts, id);

        await page.GuiAction("write").ClickAsync();

        await Expect(page.TestId("last-answer")).ToContainTextAsync("202");
        await Expect(page.TestId("dialog-summary")).ToContainTextAsync("Sendt inn");
        await Expect(page.GuiAction("write")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    /// <summary>A copy of the demo dialog, so that writing to it leaves the seed's dialog as it was for the other tests.</summary>
    internal static async Task<string> CreateAsync(BrowserHosts hosts, bool queue)
    {
        var id = Guid.CreateVersion7();
        var sample = hosts.SampleAddress;
        var dialog = new TestDialog(TestDialog.Fjelltopp, queue ? "Mva-melding, innsending i kø" : "Mva-melding for 4. termin", new Uri(sample, $"dialogs/{id}/fce"))
        {
            GuiActions =
            [
                new("write", new Uri(sample, $"dialogs/{id}/submit" + (queue ? "?queue=true" : "")), "POST", "Primary", "Send inn"),
                new("sign", new Uri(sample, $"dialogs/{id}/sign"), "POST", "Secondary", "Signer"),
            ],
        };
        return (await hosts.CreateDialogAsync(dialog, id)).ToString();
    }
}
