using System.Buffers.Text;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DialogTokens.DialogService.Tests.Authentication;

/// <summary>Callers refused over real HTTP: 401 and 403 problems with their RFC 6750 challenges.</summary>
public sealed class CallerRejectionTests
{
    private const string Pid = "12345678901";
    private const string EndUserAudienceSetting = "DialogService:Authentication:EndUser:Audience";
    private const string EndUserAuthoritySetting = "DialogService:Authentication:EndUser:Authority";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EndUser_Gets401WithProblem_WhenTokenIsMissing()
    {
        await using var host = await CallerTestHost.StartAsync();

        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token: null);

        // RFC 6750 §3.1: no error code when the request carries no token.
        await ProblemAssert.UnauthenticatedAsync(response, "Bearer", "no bearer token");
    }

    [Fact]
    public async Task ServiceOwner_Gets401WithProblem_WhenTokenIsMissing()
    {
        await using var host = await CallerTestHost.StartAsync();

        using var response = await host.CallAsync(CallerTestHost.ServiceOwnerPath, token: null);

        await ProblemAssert.UnauthenticatedAsync(response, "Bearer", "no bearer token");
    }

    [Fact]
    public async Task EndUser_Gets401WithProblem_WhenTokenIsNotAJwt()
    {
        await using var host = await CallerTestHost.StartAsync();

        using var response = await host.CallAsync(CallerTestHost.EndUserPath, "not-a-jwt");

        var body = await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The token is malformed\"", "not a well-formed JWT");
        Assert.DoesNotContain("not-a-jwt", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndUser_Gets401WithProblem_WhenTokenIsTampered()
    {
        await using var host = await CallerTestHost.StartAsync();
        var token = await host.GetPersonalTokenAsync(Pid);
        var tampered = ReplaceInPayload(token, Pid, "10987654321");

        using var response = await host.CallAsync(CallerTestHost.EndUserPath, tampered);

        var body = await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The signature is invalid\"", "signature is invalid");
        Assert.DoesNotContain(tampered.Split('.')[1], body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndUser_Gets401WithProblem_WhenTokenIsExpired()
    {
        await using var host = await CallerTestHost.StartAsync();

        // The identity provider signs at a clock two hours back: a token of its own, whose hour is over.
        host.Clock.Shift = TimeSpan.FromHours(-2);
        var token = await host.GetPersonalTokenAsync();
        host.Clock.Shift = TimeSpan.Zero;
        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The token expired\"", "The token expired at ");
    }

    [Fact]
    public async Task EndUser_Gets401WithProblem_WhenTokenIsExpiredByTheServicesOwnClock()
    {
        await using var host = await CallerTestHost.StartAsync();
        var token = await host.GetPersonalTokenAsync();

        // Real time says the token is fresh; the service's TimeProvider, which every other check uses, says it is over.
        host.Clock.Shift = TimeSpan.FromHours(2);
        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The token expired\"", "The token expired at ");
    }

    [Fact]
    public async Task EndUser_Gets401WithProblem_WhenTokenIsSignedByAnotherIdentityProvider()
    {
        await using var host = await CallerTestHost.StartAsync();

        // Another instance with its own key, claiming to be this issuer: only the signing key differs.
        await using var impostor = await CallerTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["DevelopmentIdentityProvider:Issuer"] = new Uri(host.BaseAddress, "idp").AbsoluteUri,
        });
        var token = await impostor.GetPersonalTokenAsync();
        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The signature key was not found\"", "a key that the issuer does not publish");
    }

    [Fact]
    public async Task EndUser_Gets401WithProblem_WhenIssuerIsWrong()
    {
        await using var host = await CallerTestHost.StartAsync();

        // The provider derives iss from the request's host: the right key, another issuer.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(
            $"/idp/api/GetPersonalToken?pid={Pid}&scopes=digdir:dialogporten&authLvl=3", UriKind.Relative));
        request.Headers.Host = "issuer.invalid";
        using var tokenResponse = await host.Client.SendAsync(request, Cancel);
        var token = await tokenResponse.EnsureSuccessStatusCode().Content.ReadAsStringAsync(Cancel);
        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        var body = await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The issuer is invalid\"", "issuer (iss)");
        Assert.DoesNotContain("issuer.invalid", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndUser_Gets401WithProblem_WhenAudienceIsWrong()
    {
        await using var host = await CallerTestHost.StartAsync(new Dictionary<string, string?> { [EndUserAudienceSetting] = "another-api" });
        var token = await host.GetPersonalTokenAsync();

        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The audience is invalid\"", "'another-api'");
    }

    [Fact]
    public async Task EndUser_Gets401WithProblem_WhenIssuerMetadataCannotBeRead()
    {
        await using var nowhere = await StartEmptyHostAsync();
        var authority = nowhere.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        await using var host = await CallerTestHost.StartAsync(new Dictionary<string, string?> { [EndUserAuthoritySetting] = authority });
        var token = await host.GetPersonalTokenAsync();

        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The issuer's metadata could not be read\"",
            $"The issuer's metadata could not be read from '{authority}/.well-known/openid-configuration'");
    }

    [Fact]
    public async Task EndUser_Gets403InsufficientScope_WhenScopeIsMissing()
    {
        await using var host = await CallerTestHost.StartAsync();
        var token = await host.GetPersonalTokenAsync(scopes: "other");

        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        await ProblemAssert.InsufficientScopeAsync(response, "digdir:dialogporten");
    }

    [Fact]
    public async Task EndUser_Gets403InsufficientScope_ForServiceOwnerToken()
    {
        await using var host = await CallerTestHost.StartAsync();

        // digdir:dialogporten.serviceprovider starts with digdir:dialogporten, but is another scope.
        var token = await host.GetEnterpriseTokenAsync();
        using var response = await host.CallAsync(CallerTestHost.EndUserPath, token);

        await ProblemAssert.InsufficientScopeAsync(response, "digdir:dialogporten");
    }

    [Fact]
    public async Task ServiceOwner_Gets403InsufficientScope_ForEndUserToken()
    {
        await using var host = await CallerTestHost.StartAsync();
        var token = await host.GetPersonalTokenAsync();

        using var response = await host.CallAsync(CallerTestHost.ServiceOwnerPath, token);

        await ProblemAssert.InsufficientScopeAsync(response, "digdir:dialogporten.serviceprovider");
    }

    private static string ReplaceInPayload(string token, string oldValue, string newValue)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        Assert.Contains(oldValue, payload, StringComparison.Ordinal);
        parts[1] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.Replace(oldValue, newValue, StringComparison.Ordinal)));
        return string.Join('.', parts);
    }

    /// <summary>A server that answers 404 to everything: an authority without metadata.</summary>

    private static async Task<WebApplication> StartEmptyHostAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        await app.StartAsync(Cancel);
        return app;
    }
}
