using DialogTokens.DialogService.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DialogTokens.DialogService;

/// <summary>Tells a newcomer, once the server listens, where to go and one command that fetches a dialog and its token.</summary>
internal static class StartupBanner
{
    // Kari Nordmann, general manager (DAGL) of Fjelltopp Bygg AS, and that company's VAT return (the demo seed).
    internal const string DemoPid = "12858012307";
    internal const string DemoDialogId = "019ab84f-5c00-7a4f-94e6-2285d8e511d5";

    public static void Write(WebApplication app, bool identityProvider)
    {
        // The address a local client can use, found as the in-process identity provider finds its own.
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses is { Count: > 0 } ? InProcessAuthority.From(addresses, basePath: "") : "http://localhost:5080";
        var text = $"""

            Dialog service listening on {address}
              API reference:  {address}/docs
              Metadata:       {address}/api/v1/.well-known/oauth-authorization-server

            """;
        if (identityProvider && app.Configuration["DialogService:DialogSeed"] is { Length: > 0 })
        {
            text += $"""
                Fetch a demo dialog and its dialog token as Kari Nordmann (DAGL of Fjelltopp Bygg AS):
                  TOKEN=$(curl -s '{address}/idp/api/GetPersonalToken?pid={DemoPid}&scopes=digdir:dialogporten&authLvl=3')
                  curl -s -H "Authorization: Bearer $TOKEN" {address}/api/v1/enduser/dialogs/{DemoDialogId}

                """;
        }

        Console.Out.WriteLine(text);
    }
}
