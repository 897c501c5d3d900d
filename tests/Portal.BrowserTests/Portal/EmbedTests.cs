using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DialogTokens.Portal.BrowserTests.Portal;

/// <summary>Embeds from the faulty service provider: hostile markup stays inert text, failures are words with a retry.</summary>
public sealed class EmbedTests(BrowserHosts hosts)
{
    [Fact]
    public async Task HostileHtmlEmbed_ShowsInertText_AndNothingRuns() =>
        await AssertInertAsync(FaultyServiceProvider.HtmlPath, "text/html");

    [Fact]
    public async Task HostileMarkdownEmbed_ShowsInertText_AndNothingRuns()
    {
        var page = await AssertInertAsync(FaultyServiceProvider.MarkdownPath, "text/markdown");
        await Expect(page.TestId("embed").Locator("table")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HugeEmbed_ShowsAnErrorOrIsCut_AndDoesNotHang()
    {
        var page = await OpenAsync(FaultyServiceProvider.HugePath, "text/markdown");
        var embed = page.TestId("embed");

        await Expect(embed).ToHaveAttributeAsync("data-embed-state", new Regex("^(loaded|error)$"));
        if (await embed.GetAttributeAsync("data-embed-state") == "error")
        {
            await Expect(page.TestId("embed-error")).ToHaveTextAsync(new Regex("\\w{3,}"));
        }
        else
        {
            Assert.True((await embed.InnerTextAsync()).Length <= 110_000, "The portal rendered more than the 100 KB an embed may have.");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EmbedAnswering500_ShowsAnErrorInWords_AndRetryLoadsIt()
    {
        var key = Guid.NewGuid().ToString("N");
        var page = await OpenAsync(FaultyServiceProvider.FlakyPath, "text/markdown", key);

        await Expect(page.TestId("embed")).ToHaveAttributeAsync("data-embed-state", "error");
        await Expect(page.TestId("embed-error")).ToHaveTextAsync(new Regex("\\w{3,}"));
        hosts.Faulty.Heal(key);
        await page.TestId("embed-retry").ClickAsync();

        await Expect(page.TestId("embed")).ToHaveAttributeAsync("data-embed-state", "loaded");
        await Expect(page.TestId("embed")).ToContainTextAsync("(healed)");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EmbedThatNeverAnswers_ShowsATimeoutInWords()
    {
        var page = await OpenAsync(FaultyServiceProvider.HangingPath, "text/markdown");

        // 10 s per attempt (and the portal's retries): the assertion waits that long, not a sleep.
        await Expect(page.TestId("embed")).ToHaveAttributeAsync("data-embed-state", "error", new() { Timeout = 45_000 });
        await Expect(page.TestId("embed-error")).ToHaveTextAsync(new Regex("\\w{3,}"));
        await Expect(page.TestId("embed-retry")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private async Task<IPage> AssertInertAsync(string path, string type)
    {
        var key = Guid.NewGuid().ToString("N");
        var page = await OpenAsync(path, type, key, cookie: true);
        var alerts = 0;
        page.Dialog += (_, dialog) =>
        {
            alerts++;
            _ = dialog.DismissAsync();
        };
        var embed = page.TestId("embed");

        await Expect(embed).ToHaveAttributeAsync("data-embed-state", "loaded");
        await Expect(embed).ToContainTextAsync(FaultyServiceProvider.InertText);
        Assert.Equal(0, await page.Locator("iframe, embed script, [onerror], [onload], [onclick]").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:' i], form[action^='javascript:' i]").CountAsync());
        Assert.Equal(0, await embed.Locator("style, [style*='fixed' i]").CountAsync());
        if (await embed.GetByText("a javascript: link").CountAsync() > 0)
        {
            await embed.GetByText("a javascript: link").First.ClickAsync();
        }

        // Nothing covers the page: the element in the middle of the viewport is the portal's, not the embed's overlay.
        var covering = await page.EvaluateAsync<string>("() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.textContent ?? ''");
        Assert.DoesNotContain("covers the page", covering, StringComparison.Ordinal);
        Assert.Equal("visible", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).visibility"));
        Assert.Null(await page.PwnedAsync());
        Assert.Equal(0, alerts);

        // The browser fetched it itself, with the dialog token and without the cookies it holds for that host.
        var fetched = hosts.Faulty.Requests.Where(r => r.PathAndQuery.Contains(key, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(fetched);
        Assert.All(fetched, r => Assert.StartsWith("Bearer ey", r.Authorization, StringComparison.Ordinal));
        Assert.All(fetched, r => Assert.Equal("", r.Cookie));
        return page;
    }

    private async Task<IPage> OpenAsync(string path, string type, string? key = null, bool cookie = false)
    {
        var id = await hosts.CreateDialogAsync(new TestDialog(TestDialog.Kystlys, "Innebygd innhold: " + path, hosts.Faulty.Url(path, key ?? Guid.NewGuid().ToString("N")), type));
        var page = await hosts.NewPageAsync();
        if (cookie)
        {
            // A cookie the browser holds for the service provider's host: an embed request must not carry it.
            await page.Context.AddCookiesAsync([new Cookie { Name = "session", Value = "secret", Domain = hosts.Faulty.Address.Host, Path = "/" }]);
        }

        await page.LoginAsync(hosts, PortalSession.Siri);
        await page.OpenDialogAsync(hosts, id.ToString());
        return page;
    }
}
