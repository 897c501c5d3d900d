using static Microsoft.Playwright.Assertions;

namespace DialogTokens.Portal.BrowserTests.Portal;

/// <summary>Moves the clock the dialog service and the sample share: run alone, so no other test sees it moved.</summary>
[CollectionDefinition(nameof(MovedClock), DisableParallelization = true)]
public sealed class MovedClock;

[Collection(nameof(MovedClock))]
public sealed class TokenRenewalTests(BrowserHosts hosts)
{
    [Fact]
    public async Task Submit_WithATokenExpiredAtTheServiceProvider_RenewsItUnseen_AndSucceeds()
    {
        var id = await WriteActionTests.CreateAsync(hosts, queue: false);
        var page = await hosts.NewPageAsync();
        await page.LoginAsync(hosts, PortalSession.Kari);
        await page.OpenDialogAsync(hosts, id);
        await Expect(page.TestId("embed")).ToHaveAttributeAsync("data-embed-state", "loaded");

        // Past the dialog token's 600 s at the sample, while the browser's clock still says it is fresh.
        hosts.Clock.Shift += TimeSpan.FromMinutes(11);
        try
        {
            await page.GuiAction("write").ClickAsync();

            await Expect(page.TestId("dialog-summary")).ToContainTextAsync("Sendt inn");
            await Expect(page.TestId("last-answer")).ToContainTextAsync("204");
            await Expect(page.TestId("embed-error")).ToHaveCountAsync(0);
            await Expect(page.TestId("action-status")).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex("expired|utløpt", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        }
        finally
        {
            hosts.Clock.Shift = TimeSpan.Zero;
        }

        await page.Context.CloseAsync();
    }
}
