using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DialogTokens.Authorization;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Problems;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.Server;

namespace DialogTokens.DialogService.Tests.EndToEnd;

/// <summary>One real dialog service (SQLite) whose decision point these tests only ask; nothing they send is stored.</summary>
public sealed class PdpCallerTestHost : IAsyncLifetime
{
    public DialogServiceTestHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await DialogServiceTestHost.StartAsync(DialogServiceDatabaseProvider.Sqlite);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

/// <summary>
/// <c>POST /authorization/api/v1/authorize</c> on the real dialog service answers only an organization's Maskinporten
/// style token with the scope <c>altinn:authorization/authorize</c>, as Altinn's own endpoint does; everyone else gets
/// a 401 or 403 problem before a byte of the body is read.
/// </summary>
public sealed class PolicyDecisionPointCallerTests(PdpCallerTestHost fixture) : IClassFixture<PdpCallerTestHost>
{
    public const string AuthorizePath = "authorization/api/v1/authorize";
    public const string AuthorizeScope = "altinn:authorization/authorize";

    private const string JsonRequest = """
        {"Request":{
          "AccessSubject":[{"Id":"s1","Attribute":[{"AttributeId":"urn:altinn:person:identifier-no","Value":"12858012307"}]}],
          "Action":[{"Id":"a1","Attribute":[{"AttributeId":"urn:oasis:names:tc:xacml:1.0:action:action-id","Value":"read","DataType":"http://www.w3.org/2001/XMLSchema#string"}]}],
          "Resource":[{"Id":"r1","Attribute":[
            {"AttributeId":"urn:altinn:resource","Value":"demo-mva-melding"},
            {"AttributeId":"urn:altinn:organization:identifier-no","Value":"310100013"}]}],
          "MultiRequests":{"RequestReference":[{"ReferenceId":["s1","a1","r1"]}]}}}
        """;

    private const string XmlRequest = """
        <Request xmlns="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" ReturnPolicyIdList="false" CombinedDecision="false">
          <Attributes Category="urn:oasis:names:tc:xacml:1.0:subject-category:access-subject">
            <Attribute AttributeId="urn:altinn:person:identifier-no" IncludeInResult="false"><AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">12858012307</AttributeValue></Attribute>
          </Attributes>
          <Attributes Category="urn:oasis:names:tc:xacml:3.0:attribute-category:action">
            <Attribute AttributeId="urn:oasis:names:tc:xacml:1.0:action:action-id" IncludeInResult="false"><AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">read</AttributeValue></Attribute>
          </Attributes>
          <Attributes Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource">
            <Attribute AttributeId="urn:altinn:resource" IncludeInResult="false"><AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">demo-mva-melding</AttributeValue></Attribute>
            <Attribute AttributeId="urn:altinn:organization:identifier-no" IncludeInResult="false"><AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">310100013</AttributeValue></Attribute>
          </Attributes>
        </Request>
        """;

    private DialogServiceTestHost Host => fixture.Host;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Authorize_Decides_ForAnOrganizationWithTheScope()
    {
        var token = await Host.EnterpriseTokenAsync(scopes: AuthorizeScope);

        using var json = await PostAsync(token, JsonRequest, "application/json");
        using var xml = await PostAsync(token, XmlRequest, "application/xml");

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var answer = JsonDocument.Parse(await json.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal("Permit", answer.GetProperty("Response")[0].GetProperty("Decision").GetString());
        Assert.Equal(HttpStatusCode.OK, xml.StatusCode);
        var decision = System.Xml.Linq.XDocument.Parse(await xml.Content.ReadAsStringAsync(Cancel)).Descendants().Single(e => e.Name.LocalName == "Decision");
        Assert.Equal("Permit", decision.Value);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/xml")]
    public async Task Authorize_Gets401_WithoutAToken(string contentType)
    {
        using var response = await PostAsync(null, contentType == "application/xml" ? XmlRequest : JsonRequest, contentType);

        await ProblemAssert.UnauthenticatedAsync(response, "Bearer", "no bearer token");
    }

    [Fact]
    public async Task Authorize_Gets401_WhenTheSignatureIsBad()
    {
        var token = await Host.EnterpriseTokenAsync(scopes: AuthorizeScope);

        using var response = await PostAsync(ReplaceInPayload(token, "991825827", "310100013"), JsonRequest, "application/json");

        await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The signature is invalid\"", "signature is invalid");
    }

    [Fact]
    public async Task Authorize_Gets401_WhenTheTokenExpired()
    {
        // The identity provider's own key and issuer, a Maskinporten style token with the scope, expired an hour ago.
        var token = Resigned(await Host.EnterpriseTokenAsync(scopes: AuthorizeScope), TimeSpan.FromHours(-2));

        using var response = await PostAsync(token, JsonRequest, "application/json");

        await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The token expired\"", "The token expired at ");
    }

    [Fact]
    public async Task Authorize_Gets401_WhenTheIssuerIsWrong()
    {
        // The provider derives iss from the request's host: the right key, another issuer.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(
            $"idp/api/GetEnterpriseToken?orgNo={DialogServiceTestHost.DemoOwner}&scopes={Uri.EscapeDataString(AuthorizeScope)}", UriKind.Relative));
        request.Headers.Host = "issuer.invalid";
        using var tokenResponse = await Host.Client.SendAsync(request, Cancel);
        var token = await tokenResponse.EnsureSuccessStatusCode().Content.ReadAsStringAsync(Cancel);

        using var response = await PostAsync(token, JsonRequest, "application/json");

        await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The issuer is invalid\"", "issuer (iss)");
    }

    [Fact]
    public async Task Authorize_Gets401_ForATokenThatIsNotAJwt()
    {
        using var response = await PostAsync("not-a-jwt", JsonRequest, "application/json");

        await ProblemAssert.UnauthenticatedAsync(response,
            "Bearer error=\"invalid_token\", error_description=\"The token is malformed\"", "not a well-formed JWT");
    }

    [Fact]
    public async Task Authorize_Gets403InsufficientScope_ForAServiceOwnerTokenWithoutTheScope()
    {
        // The service-owner scope of the dialog API is not the decision point's.
        var token = await Host.EnterpriseTokenAsync();

        using var response = await PostAsync(token, JsonRequest, "application/json");

        await ProblemAssert.InsufficientScopeAsync(response, AuthorizeScope);
    }

    [Fact]
    public async Task Authorize_Gets403_ForAnEndUserTokenWithTheScope()
    {
        // An ID-porten style token names a person, not an organization: it is no Maskinporten token, whatever its scopes.
        var token = await Host.PersonalTokenAsync(DemoWorld.Kari, scopes: AuthorizeScope);

        using var response = await PostAsync(token, JsonRequest, "application/json");

        await ProblemAssert.IsAsync(response, HttpStatusCode.Forbidden, DialogProblemTypes.Forbidden.Type, "no consumer claim");
    }

    [Fact]
    public async Task Authorize_Answers401_BeforeReadingTheBody_OfAnAnonymous1MiBRequest()
    {
        // Headers announce 1 MiB and the body never comes: only a refusal that reads none of it can answer.
        var (status, headers, body) = await SendHeadersOnlyAsync(token: null, contentLength: 1024 * 1024);

        Assert.True(status == 401, $"Expected 401 before the body was sent, got {status}: {body}");
        Assert.Contains("WWW-Authenticate: Bearer", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(DialogProblemTypes.Unauthenticated.Type, body, StringComparison.Ordinal);

        // The unread body is not drained either: the connection is closed after the answer.
        Assert.Contains("Connection: close", headers, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Authorize_Answers403_BeforeReadingTheBody_OfATokenWithoutTheScope()
    {
        var (status, headers, body) = await SendHeadersOnlyAsync(await Host.EnterpriseTokenAsync(), contentLength: 1024 * 1024);

        Assert.True(status == 403, $"Expected 403 before the body was sent, got {status}: {body}");
        Assert.Contains("insufficient_scope", headers, StringComparison.Ordinal);
        Assert.Contains("Connection: close", headers, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RemoteMode_DecidesDialogs_WithATokenFromTheTokenUri()
    {
        // A second dialog service asks this one's decision point, with a token from this one's identity provider.
        await using var remote = await DialogServiceTestHost.StartAsync(DialogServiceDatabaseProvider.Sqlite, RemoteSettings(
            new Uri(Host.BaseAddress, $"idp/api/GetEnterpriseToken?orgNo={DialogServiceTestHost.DemoOwner}&scopes={AuthorizeScope}")));
        var dialogId = await DialogServiceEndToEndTests.CreateAsync(remote);

        using var response = await remote.SendAsync(HttpMethod.Get, $"api/v1/enduser/dialogs/{dialogId}", await remote.PersonalTokenAsync(DemoWorld.Kari));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dialog = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.StartsWith("ey", dialog.GetProperty("dialogToken").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoteMode_ServesNoDecisionPoint_AndNeverBuildsTheEmbeddedEngine()
    {
        // Pointed at another PDP, this service is only its client: the server's endpoints are not mapped.
        await using var remote = await DialogServiceTestHost.StartAsync(DialogServiceDatabaseProvider.Sqlite, RemoteSettings(
            new Uri(Host.BaseAddress, $"idp/api/GetEnterpriseToken?orgNo={DialogServiceTestHost.DemoOwner}&scopes={AuthorizeScope}")));
        var dialogId = await DialogServiceEndToEndTests.CreateAsync(remote);
        using var dialog = await remote.SendAsync(HttpMethod.Get, $"api/v1/enduser/dialogs/{dialogId}", await remote.PersonalTokenAsync(DemoWorld.Kari));

        using var authorize = await remote.SendAsync(HttpMethod.Post, AuthorizePath.TrimStart('/'), await remote.EnterpriseTokenAsync(scopes: AuthorizeScope), body: new { });

        Assert.Equal(HttpStatusCode.OK, dialog.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, authorize.StatusCode);
        Assert.IsType<HttpPolicyDecisionPoint>(remote.Services.GetRequiredService<IXacmlPolicyDecisionPoint>());
    }

    [Fact]
    public async Task RemoteMode_Answers503_NotADeny_WhenTheDecisionPointRefusesTheService()
    {
        // No token configured: the decision point answers 401, which is this service's misconfiguration, not a deny.
        await using var remote = await DialogServiceTestHost.StartAsync(DialogServiceDatabaseProvider.Sqlite, RemoteSettings(tokenUri: null));
        var dialogId = await DialogServiceEndToEndTests.CreateAsync(remote);

        using var response = await remote.SendAsync(HttpMethod.Get, $"api/v1/enduser/dialogs/{dialogId}", await remote.PersonalTokenAsync(DemoWorld.Kari));

        await ProblemAssert.IsAsync(response, HttpStatusCode.ServiceUnavailable, DialogProblemTypes.PdpUnavailable.Type,
            "answered 401 Unauthorized; check the subscription key and the access token.");
    }

    private Dictionary<string, string?> RemoteSettings(Uri? tokenUri) => new()
    {
        ["PolicyDecisionPoint:Mode"] = "Remote",
        ["PolicyDecisionPoint:RemoteBaseUri"] = Host.BaseAddress.ToString(),
        ["PolicyDecisionPoint:MaxRetries"] = "0",
        ["PolicyDecisionPoint:AccessToken:TokenUri"] = tokenUri?.ToString(),
    };

    private async Task<HttpResponseMessage> PostAsync(string? token, string body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(AuthorizePath, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Host.Client.SendAsync(request, Cancel);
    }

    /// <summary>Sends the request line and headers only, then reads one answer: status, header block, body.</summary>
    private async Task<(int Status, string Headers, string Body)> SendHeadersOnlyAsync(string? token, int contentLength)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, Host.BaseAddress.Port, Cancel);
        var stream = socket.GetStream();
        var request = new StringBuilder()
            .Append("POST /").Append(AuthorizePath).Append(" HTTP/1.1\r\n")
            .Append("Host: 127.0.0.1:").Append(Host.BaseAddress.Port).Append("\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append("Content-Length: ").Append(contentLength).Append("\r\n");
        if (token is not null)
        {
            request.Append("Authorization: Bearer ").Append(token).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.Append("\r\n").ToString()), Cancel);

        var received = new List<byte>();
        var buffer = new byte[4096];
        int headerEnd;
        while ((headerEnd = IndexOf(received, "\r\n\r\n"u8)) < 0)
        {
            var got = await stream.ReadAsync(buffer, Cancel);
            Assert.True(got > 0, "The server closed the connection without an answer.");
            received.AddRange(buffer.AsSpan(0, got));
        }

        // The answer ends by its own framing: a refusal also closes the connection, which may reset it.
        var head = Encoding.ASCII.GetString([.. received[..headerEnd]]);
        var chunked = head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase);
        var length = head.Split("\r\n").Select(h => h.Split(':', 2)).Where(h => h[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(h => int.Parse(h[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        while (chunked ? IndexOf(received[(headerEnd + 4)..], "0\r\n\r\n"u8) < 0 : received.Count < headerEnd + 4 + length)
        {
            var got = await stream.ReadAsync(buffer, Cancel);
            Assert.True(got > 0, "The server closed the connection within its answer.");
            received.AddRange(buffer.AsSpan(0, got));
        }

        var body = chunked ? Unchunk(received[(headerEnd + 4)..]) : received.GetRange(headerEnd + 4, length);
        var status = int.Parse(head.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, head, Encoding.UTF8.GetString([.. body]));
    }

    /// <summary>RFC 9112 §7.1: size line, data, CRLF, until the chunk of size 0.</summary>
    private static List<byte> Unchunk(List<byte> chunked)
    {
        var data = new List<byte>();
        var at = 0;
        while (true)
        {
            var lineEnd = at + IndexOf(chunked[at..], "\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString([.. chunked[at..lineEnd]]).Split(';')[0], 16);
            if (size == 0)
            {
                return data;
            }

            data.AddRange(chunked.GetRange(lineEnd + 2, size));
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int IndexOf(List<byte> bytes, ReadOnlySpan<byte> value) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes).IndexOf(value);

    /// <summary>The token's claims signed again with the identity provider's key, its times moved by <paramref name="shift"/>.</summary>
    private string Resigned(string token, TimeSpan shift)
    {
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]))!.AsObject();
        foreach (var name in (string[])["iat", "nbf", "exp"])
        {
            payload[name] = payload[name]!.GetValue<long>() + (long)shift.TotalSeconds;
        }

        var credentials = Host.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue.SigningCredentials[0];
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(payload.ToJsonString(), credentials, new Dictionary<string, object> { ["typ"] = "at+jwt" });
    }

    private static string ReplaceInPayload(string token, string oldValue, string newValue)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        Assert.Contains(oldValue, payload, StringComparison.Ordinal);
        parts[1] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.Replace(oldValue, newValue, StringComparison.Ordinal)));
        return string.Join('.', parts);
    }
}
