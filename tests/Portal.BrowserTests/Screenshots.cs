using Microsoft.Playwright;

namespace DialogTokens.Portal.BrowserTests;

/// <summary>Screenshots of the main screens into docs/screenshots, when PORTAL_SCREENSHOTS=1 (README shows them).</summary>
internal static class Screenshots
{
    public static bool Enabled => Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS") == "1";

    public static async Task SaveAsync(IPage page, string name)
    {
        if (!Enabled)
        {
            return;
        }

        var folder = Path.Combine(BrowserHosts.RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
