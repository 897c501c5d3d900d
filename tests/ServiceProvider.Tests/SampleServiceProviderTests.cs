using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DialogTokens.Samples.ServiceProvider.Tests;

/// <summary>
/// A token fetched as a user from the running dialog service opens the sample's embed and performs its write
/// actions; tokens for another dialog, without the action, expired or tampered are refused with the right code.
/// </summary>
public sealed class SampleServiceProviderTests
{
    internal const string Kari = "12858012307";   // DAGL of Fjelltopp: read, write, sign, delete
    internal const string Ola = "07837523588";    // REGNA of Fjelltopp: read, write

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UserToken_OpensTheEmbed_AndSubmitsTheDialog()
    {
        await using var hosts = await Hosts.StartAsync();
        var dialogId = await CreateDialogAsync(hosts);
        var (dialog, token) = await FetchAsync(hosts, dialogId, Kari);

        var embedUrl = dialog.GetProperty("content").GetProperty("mainContentReference").GetProperty("value")[0].GetProperty("value").GetString()!;
        using var embed = await Hosts.SendAsync(hosts.Sample, HttpMethod.Get, new Uri(embedUrl).PathAndQuery, token);
        Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
        Assert.Equal("text/markdown", embed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("urn:altinn:organization:identifier-no:310100013", await embed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var noReceipt = await Hosts.SendAsync(hosts.Sample, HttpMethod.Get, $"dialogs/{dialogId}/fce/receipt", token);
        Assert.Equal(HttpStatusCode.NoContent, noReceipt.StatusCode);

        var submit = GuiAction(dialog, "write");
        Assert.Equal("POST", submit.GetProperty("httpMethod").GetString());
        using var done = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, new Uri(submit.GetProperty("url").GetString()!).PathAndQuery, token);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);

        var (after, _) = await FetchAsync(hosts, dialogId, Kari);
        Assert.Equal("Awaiting", after.GetProperty("status").GetString());
        Assert.DoesNotContain(after.GetProperty("guiActions").EnumerateArray(), a => a.GetProperty("action").GetString() == "write");
        using var receipt = await Hosts.SendAsync(hosts.Sample, HttpMethod.Get, $"dialogs/{dialogId}/fce/receipt", token);
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Contains(Kari, await receipt.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueuedWriteAction_Answers202_AndTheDialogChanges()
    {
        await using var hosts = await Hosts.StartAsync();
        var dialogId = await CreateDialogAsync(hosts);
        var (dialog, token) = await FetchAsync(hosts, dialogId, Kari);

        var sign = new Uri(GuiAction(dialog, "sign").GetProperty("url").GetString()!).PathAndQuery;
        using var accepted = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, sign + "?queue=true", token);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await hosts.Queue.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10), Cancel);

        var (after, _) = await FetchAsync(hosts, dialogId, Kari);
        Assert.Equal("Completed", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task DeleteAction_DeletesTheDialog_ForTheGeneralManagerOnly()
    {
        await using var hosts = await Hosts.StartAsync();
        var dialogId = await CreateDialogAsync(hosts);
        var (_, olaToken) = await FetchAsync(hosts, dialogId, Ola);
        using var refused = await Hosts.SendAsync(hosts.Sample, HttpMethod.Delete, $"dialogs/{dialogId}", olaToken);
        await AssertProblemAsync(refused, HttpStatusCode.Forbidden, "action_not_granted");

        var (_, kariToken) = await FetchAsync(hosts, dialogId, Kari);
        using var deleted = await Hosts.SendAsync(hosts.Sample, HttpMethod.Delete, $"dialogs/{dialogId}", kariToken);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await Hosts.SendAsync(hosts.DialogService, HttpMethod.Get, $"api/v1/enduser/dialogs/{dialogId}", await hosts.PersonalTokenAsync(Kari));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    [Fact]
    public async Task BadTokens_AreRefused_WithTheirCode()
    {
        await using var hosts = await Hosts.StartAsync();
        var dialogId = await CreateDialogAsync(hosts);
        var otherDialogId = await CreateDialogAsync(hosts);
        var (_, kari) = await FetchAsync(hosts, dialogId, Kari);
        var (_, ola) = await FetchAsync(hosts, dialogId, Ola);

        using var otherDialog = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{otherDialogId}/submit", kari);
        await AssertProblemAsync(otherDialog, HttpStatusCode.Forbidden, "dialog_mismatch");
        using var withoutAction = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/sign", ola);
        await AssertProblemAsync(withoutAction, HttpStatusCode.Forbidden, "action_not_granted");

        var tampered = kari[..kari.LastIndexOf('.')] + "." + new string('A', 86);
        using var badSignature = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", tampered);
        await AssertProblemAsync(badSignature, HttpStatusCode.Unauthorized, "signature_invalid");
        using var none = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().ToString());

        // Ten minutes and the clock skew later, at the sample, the token has expired.
        hosts.SampleTime.Shift = TimeSpan.FromSeconds(600 + 11);
        using var expired = await Hosts.SendAsync(hosts.Sample, HttpMethod.Post, $"dialogs/{dialogId}/submit", kari);
        await AssertProblemAsync(expired, HttpStatusCode.Unauthorized, "token_expired");
    }

    [Fact]
    public async Task Cors_LetsTheConfiguredOriginSendTheToken_AndNoOtherOrigin()
    {
        await using var hosts = await Hosts.StartAsync();
        var dialogId = await CreateDialogAsync(hosts);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri($"dialogs/{dialogId}/submit", UriKind.Relative));
        preflight.Headers.Add("Origin", Hosts.BrowserOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,prefer");
        using var allowed = await hosts.Sample.SendAsync(preflight, Cancel);
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(Hosts.BrowserOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(allowed.Headers.Contains("Access-Control-Allow-Credentials"), "The browser sends no cookies, so credentials are never allowed.");

        using var otherPreflight = new HttpRequestMessage(HttpMethod.Options, new Uri($"dialogs/{dialogId}/submit", UriKind.Relative));
        otherPreflight.Headers.Add("Origin", "https://evil.example");
        otherPreflight.Headers.Add("Access-Control-Request-Method", "POST");
        otherPreflight.Headers.Add("Access-Control-Request-Headers", "authorization");
        using var refused = await hosts.Sample.SendAsync(otherPreflight, Cancel);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));

        var (_, token) = await FetchAsync(hosts, dialogId, Kari);
        using var embed = await Hosts.SendAsync(hosts.Sample, HttpMethod.Get, $"dialogs/{dialogId}/fce", token, origin: Hosts.BrowserOrigin);
        Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
        Assert.Equal(Hosts.BrowserOrigin, embed.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    internal static async Task<Guid> CreateDialogAsync(Hosts hosts)
    {
        var id = Guid.CreateVersion7();
        var sample = hosts.SampleAddress.ToString().TrimEnd('/');
        var body = new
        {
            id,
            serviceResource = "urn:altinn:resource:demo-mva-melding",
            party = "urn:altinn:organization:identifier-no:310100013",
            status = "RequiresAttention",
            content = new
            {
                title = new { value = new[] { new { value = "Mva-melding", languageCode = "nb" } } },
                mainContentReference = new
                {
                    value = new[] { new { value = $"{sample}/dialogs/{id}/fce", languageCode = "nb" } },
                    mediaType = "application/vnd.dialogporten.frontchannelembed-url;type=text/markdown",
                },
            },
            guiActions = new object[]
            {
                new { action = "read", url = $"{sample}/dialogs/{id}", priority = "Primary", title = Title("Åpne") },
                new { action = "write", url = $"{sample}/dialogs/{id}/submit", httpMethod = "POST", priority = "Secondary", title = Title("Send inn") },
                new { action = "sign", url = $"{sample}/dialogs/{id}/sign", httpMethod = "POST", priority = "Tertiary", title = Title("Signer") },
                new { action = "delete", url = $"{sample}/dialogs/{id}", httpMethod = "DELETE", priority = "Tertiary", isDeleteDialogAction = true, title = Title("Slett") },
            },
        };
        using var created = await Hosts.SendAsync(hosts.DialogService, HttpMethod.Post, "api/v1/serviceowner/dialogs", await hosts.EnterpriseTokenAsync(), body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return id;

        static object[] Title(string text) => [new { value = text, languageCode = "nb" }];
    }

    internal static async Task<(JsonElement Dialog, string Token)> FetchAsync(Hosts hosts, Guid dialogId, string pid)
    {
        using var response = await Hosts.SendAsync(hosts.DialogService, HttpMethod.Get, $"api/v1/enduser/dialogs/{dialogId}", await hosts.PersonalTokenAsync(pid));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dialog = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return (dialog, dialog.GetProperty("dialogToken").GetString()!);
    }

    internal static JsonElement GuiAction(JsonElement dialog, string action) =>
        dialog.GetProperty("guiActions").EnumerateArray().Single(a => a.GetProperty("action").GetString() == action);

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }
}
