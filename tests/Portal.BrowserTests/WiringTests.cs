using System.Net;

namespace DialogTokens.Portal.BrowserTests;

/// <summary>
/// The hosts are wired for the portal's origin: each of the three servers the browser calls answers its CORS preflight,
/// and none answers another origin's. When a portal test fails, these say whether the wiring or the portal is to blame.
/// </summary>
public sealed class WiringTests(BrowserHosts hosts)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("dialog service", "api/v1/enduser/dialogs", "GET")]
    [InlineData("sample", "dialogs/019ab84f-5c00-7a4f-94e6-2285d8e511d5/submit", "POST")]
    [InlineData("faulty", FaultyServiceProvider.HtmlPath, "GET")]
    public async Task Preflight_FromThePortalsOrigin_IsAllowed_AndFromAnotherIsNot(string server, string path, string method)
    {
        var address = server switch
        {
            "dialog service" => hosts.DialogServiceAddress,
            "sample" => hosts.SampleAddress,
            _ => hosts.Faulty.Address,
        };

        using var allowed = await PreflightAsync(new Uri(address, path.TrimStart('/')), method, hosts.PortalOrigin);
        using var refused = await PreflightAsync(new Uri(address, path.TrimStart('/')), method, "http://127.0.0.1:1");

        Assert.True(allowed.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.OK, $"{server}: {(int)allowed.StatusCode}");
        Assert.Equal(hosts.PortalOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"), $"{server} allowed an origin it was not given.");
    }

    private static async Task<HttpResponseMessage> PreflightAsync(Uri url, string method, string origin)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, url);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return await http.SendAsync(request, Cancel);
    }
}
