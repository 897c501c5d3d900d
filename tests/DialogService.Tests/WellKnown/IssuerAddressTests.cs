using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DialogTokens.DialogService.Tests.EndToEnd;

namespace DialogTokens.DialogService.Tests.WellKnown;

/// <summary>
/// Started without <c>DialogService:BaseUri</c> on a port the system picks, the service names the address it listens on
/// as issuer and in jwks_uri, and its tokens carry it as <c>iss</c>; a configured BaseUri still wins.
/// </summary>
public sealed class IssuerAddressTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnPort0_WithoutBaseUri_MetadataAndTokensNameTheBoundAddress()
    {
        await using var host = Start(baseUri: null);
        using var client = host.CreateClient();
        var bound = client.BaseAddress!.ToString().TrimEnd('/');
        Assert.NotEqual(0, client.BaseAddress.Port);

        var (issuer, token, verifier) = await FetchAsync(client);

        Assert.Equal(bound + "/api/v1", issuer);
        Assert.Equal(issuer, DialogTokenReader.Read(token).Claims!.Issuer);
        var result = verifier.Verify(token);
        Assert.True(result.IsValid, result.ErrorDescription);
    }

    [Fact]
    public async Task AConfiguredBaseUri_Wins()
    {
        await using var host = Start(baseUri: "https://dialogs.example/dialogporten");
        using var client = host.CreateClient();

        var (issuer, token, verifier) = await FetchAsync(client, jwksFromMetadata: false);

        Assert.Equal("https://dialogs.example/dialogporten/api/v1", issuer);
        Assert.Equal(issuer, DialogTokenReader.Read(token).Claims!.Issuer);
        Assert.True(verifier.Verify(token).IsValid);
    }

    private static ProgramHost Start(string? baseUri) => ProgramHost.Start("Development", ("DialogService:BaseUri", baseUri ?? ""));

    /// <summary>The metadata's issuer, a dialog token for Kari's demo dialog, and a verifier from the published keys.</summary>
    private static async Task<(string Issuer, string Token, DialogTokenVerifier Verifier)> FetchAsync(HttpClient client, bool jwksFromMetadata = true)
    {
        var metadata = await client.GetFromJsonAsync<JsonElement>("api/v1/.well-known/oauth-authorization-server", Cancel);
        var issuer = metadata.GetProperty("issuer").GetString()!;
        var jwksUri = metadata.GetProperty("jwks_uri").GetString()!;
        Assert.Equal(issuer + "/.well-known/jwks.json", jwksUri);
        using var anonymous = new HttpClient();
        var jwks = await (jwksFromMetadata ? anonymous.GetStringAsync(new Uri(jwksUri), Cancel) : client.GetStringAsync("api/v1/.well-known/jwks.json", Cancel));
        Assert.True(DialogTokenJwk.TryReadKeySet(jwks, out var keys, out var error), error);

        var login = await client.GetStringAsync(new Uri($"idp/api/GetPersonalToken?pid={DemoWorld.Kari}&scopes=digdir:dialogporten&authLvl=3", UriKind.Relative), Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"api/v1/enduser/dialogs/{StartupBanner.DemoDialogId}", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", login);
        using var response = await client.SendAsync(request, Cancel);
        var dialog = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(response.IsSuccessStatusCode, dialog.GetRawText());
        var token = dialog.GetProperty("dialogToken").GetString()!;
        return (issuer, token, new DialogTokenVerifier(keys, new DialogTokenValidationOptions { Issuer = issuer, CacheVerifiedTokens = false }));
    }
}
