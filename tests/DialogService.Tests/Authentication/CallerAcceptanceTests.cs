using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DialogTokens.DialogService.Tests.Authentication;

/// <summary>Callers accepted over real HTTP with tokens from the in-process (or a configured) identity provider.</summary>
public sealed class CallerAcceptanceTests
{
    private const string Pid = "12345678901";
    private const string OrgNo = "991825827";
    private const string EndUserAudienceSetting = "DialogService:Authentication:EndUser:Audience";
    private const string EndUserAuthoritySetting = "DialogService:Authentication:EndUser:Authority";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    public async Task EndUser_GetsCaller_WithLevelFromAcr(int authLvl, int level)
    {
        await using var host = await CallerTestHost.StartAsync();
        var token = await host.GetPersonalTokenAsync(Pid, authLvl: authLvl);

        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(Pid, caller.GetProperty("pid").GetString());
        Assert.Equal("urn:altinn:person:identifier-no:" + Pid, caller.GetProperty("subject").GetString());
        Assert.Equal(level, caller.GetProperty("authenticationLevel").GetInt32());
    }

    [Fact]
    public async Task ServiceOwner_GetsCaller_WithOrganizationNumber()
    {
        await using var host = await CallerTestHost.StartAsync();
        var token = await host.GetEnterpriseTokenAsync(OrgNo);

        using var response = await host.CallAsync(CallerTestHost.ServiceOwnerPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(OrgNo, caller.GetProperty("organizationNumber").GetString());
        Assert.Equal("urn:altinn:organization:identifier-no:" + OrgNo, caller.GetProperty("party").GetString());
    }

    [Fact]
    public async Task ServiceOwner_IsAccepted_WhenTokenIsFreshByTheServicesOwnClock()
    {
        await using var host = await CallerTestHost.StartAsync();

        // The identity provider and the service share one TimeProvider moved past real time: its tokens are valid to it.
        host.Clock.Shift = TimeSpan.FromMinutes(11);
        var token = await host.GetEnterpriseTokenAsync(OrgNo);
        using var response = await host.CallAsync(CallerTestHost.ServiceOwnerPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EndUser_IsAccepted_WhenRequiredScopeIsOneOfSeveral()
    {
        await using var host = await CallerTestHost.StartAsync();
        var token = await host.GetPersonalTokenAsync(scopes: "openid digdir:dialogporten profile");

        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EndUser_IsAccepted_WhenAudienceIsNotChecked()
    {
        await using var host = await CallerTestHost.StartAsync(new Dictionary<string, string?> { [EndUserAudienceSetting] = "" });
        var token = await host.GetPersonalTokenAsync();

        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EndUser_IsAccepted_FromConfiguredAuthority_OverLoopbackHttp()
    {
        // RequireHttpsMetadata stays at its default (true): loopback is exempt.
        await using var issuer = await CallerTestHost.StartAsync();
        await using var host = await CallerTestHost.StartAsync(new Dictionary<string, string?>
        {
            [EndUserAuthoritySetting] = new Uri(issuer.BaseAddress, "idp").AbsoluteUri,
        });
        var token = await issuer.GetPersonalTokenAsync();

        using var accepted = await host.CallAsync(CallerTestHost.EndUserPath, token);
        using var ownToken = await host.CallAsync(CallerTestHost.EndUserPath, await host.GetPersonalTokenAsync());

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, ownToken.StatusCode);
    }

    [Fact]
    public async Task InProcessAuthority_FollowsTheIdentityProvidersBasePath()
    {
        await using var host = await CallerTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["DevelopmentIdentityProvider:BasePath"] = "/login",
        });
        var token = await host.Client.GetStringAsync(new Uri(
            $"/login/api/GetPersonalToken?pid={Pid}&scopes=digdir:dialogporten&authLvl=3", UriKind.Relative), Cancel);

        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AddCallerAuthentication_IsSafeToCallTwice()
    {
        await using var host = await CallerTestHost.StartAsync(registerTwice: true);
        var token = await host.GetPersonalTokenAsync();

        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
