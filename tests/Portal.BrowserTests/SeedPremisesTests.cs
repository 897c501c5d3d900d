using System.Net.Http.Headers;
using System.Text.Json;

namespace DialogTokens.Portal.BrowserTests;

/// <summary>
/// What the portal tests take for granted about the seed, checked on the end-user API without a browser: when these
/// pass and a portal test fails, the portal is to blame.
/// </summary>
public sealed class SeedPremisesTests(BrowserHosts hosts)
{
    private const string DemoDialog = "019ab84f-5c00-7a4f-94e6-2285d8e511d5";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("12858012307", "sign", true)]
    [InlineData("12858012307", "write", true)]
    [InlineData("07837523588", "sign", false)]
    [InlineData("07837523588", "write", true)]
    public async Task DemoDialog_AuthorizesTheGuiActions_AsThePortalTestsExpect(string pid, string action, bool authorized)
    {
        var dialog = await GetAsync(pid, $"api/v1/enduser/dialogs/{DemoDialog}");

        var gui = dialog.GetProperty("guiActions").EnumerateArray().Single(a => a.GetProperty("action").GetString() == action);
        Assert.Equal(authorized, gui.GetProperty("isAuthorized").GetBoolean());
        Assert.StartsWith(hosts.SampleAddress.GetLeftPart(UriPartial.Authority), dialog.GetProperty("content").GetProperty("mainContentReference").GetProperty("value")[0].GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12858012307", "urn:altinn:organization:identifier-no:310100021", "019ab84f-5fe8-7aae-a438-9ac1fe3c462d")]
    [InlineData("12858012307", "urn:altinn:organization:identifier-no:310100013", DemoDialog)]
    [InlineData("23919034521", "urn:altinn:organization:identifier-no:310100048", "019ab84f-63d0-7b32-b9e4-57c49024816a")]
    public async Task PartysList_HoldsItsSeedDialog(string pid, string party, string dialogId)
    {
        var list = await GetAsync(pid, $"api/v1/enduser/dialogs?party={Uri.EscapeDataString(party)}");

        Assert.Contains(dialogId, list.GetRawText(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> GetAsync(string pid, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await hosts.PersonalTokenAsync(pid));
        using var response = await hosts.DialogService.SendAsync(request, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
