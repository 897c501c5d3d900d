namespace DialogTokens.Portal.BrowserTests;

/// <summary>Starts the portal host (src/Portal) in-process on its reserved port, wired to the dialog service and its IdP.</summary>
internal static class PortalHost
{
    public static async Task StartAsync(BrowserHosts hosts, List<Func<ValueTask>> stops, int port, CancellationToken cancellationToken)
    {
        var dialogService = hosts.DialogServiceAddress.GetLeftPart(UriPartial.Authority);
        var portal = DialogTokens.Portal.PortalApp.Build(
            [
                "--environment", "Development",
                "--applicationName", "DialogTokens.Portal",
                "--urls", $"http://127.0.0.1:{port}",
                "--Logging:LogLevel:Default", "Warning",
                "--Portal:DialogServiceUri", dialogService,
                "--Portal:Authority", dialogService + "/idp",
                "--Portal:ClientId", "dialogporten-portal",
            ],
            null);
        await portal.StartAsync(cancellationToken);
        stops.Add(portal.DisposeAsync);
        stops.Add(async () => await portal.StopAsync(CancellationToken.None));
    }
}
