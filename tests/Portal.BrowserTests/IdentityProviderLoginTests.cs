using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DialogTokens.Portal.BrowserTests;

/// <summary>The development IdP's login page in a real Chromium: what the portal sends the user to.</summary>
public sealed class IdentityProviderLoginTests(BrowserHosts hosts)
{
    [Fact]
    public async Task LoginPage_OffersTheOtherPidForm_AndRunsNoScript()
    {
        var page = await hosts.NewPageAsync();
        var authorize = new Uri(hosts.DialogServiceAddress,
            $"idp/connect/authorize?client_id=dialogporten-portal&response_type=code&scope=openid%20digdir:dialogporten&redirect_uri={Uri.EscapeDataString(new Uri(hosts.PortalAddress, "authentication/login-callback").ToString())}&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=s&nonce=n");
        var response = await page.GotoAsync(authorize.ToString());

        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Development login" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Other pid")).ToBeEditableAsync();
        await Expect(page.GetByLabel("Authentication level")).ToHaveValueAsync("3");
        Assert.Equal(0, await page.Locator("script").CountAsync());
        await Screenshots.SaveAsync(page, "login-page");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LoginPage_WithAnUnregisteredRedirectUri_ShowsNoForm()
    {
        var page = await hosts.NewPageAsync();
        var response = await page.GotoAsync(new Uri(hosts.DialogServiceAddress,
            "idp/connect/authorize?client_id=dialogporten-portal&response_type=code&scope=openid&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256").ToString());

        Assert.Equal(400, response!.Status);
        await Expect(page.GetByLabel("Other pid")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
