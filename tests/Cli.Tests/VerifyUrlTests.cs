using System.Net;
using System.Net.Sockets;

namespace DialogTokens.Cli.Tests;

/// <summary><c>verify --jwks URL</c>, against a JWKS and issuer metadata served on 127.0.0.1.</summary>
public sealed class VerifyUrlTests
{
    private const string MetadataPath = "/api/v1/.well-known/oauth-authorization-server";
    private const string JwksPath = "/api/v1/.well-known/jwks.json";

    [Fact]
    public async Task Verify_FetchesJwks_FromUrl()
    {
        await using var server = new JsonServer(new Dictionary<string, string> { [JwksPath] = DialogportenVector.JwksJson });

        var result = await InProcess.RunAsync(
            "verify", DialogportenVector.Token, "--jwks", server.BaseUrl + JwksPath, "--at", DialogportenVector.ValidAt, "--action", "read");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([JwksPath], server.Requests);
    }

    [Fact]
    public async Task Verify_FollowsJwksUri_OfIssuerMetadata_AndChecksItsIssuer()
    {
        await using var server = new JsonServer(new Dictionary<string, string>
        {
            [MetadataPath] = $$"""{"issuer":"{{DialogportenVector.Issuer}}","jwks_uri":"{base}{{JwksPath}}"}""",
            [JwksPath] = DialogportenVector.JwksJson,
        });

        var result = await InProcess.RunAsync("verify", DialogportenVector.Token, "--jwks", server.BaseUrl + MetadataPath, "--at", DialogportenVector.ValidAt);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([MetadataPath, JwksPath], server.Requests);
        Assert.DoesNotContain("issuer was not checked", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExitsOne_IssuerInvalid_WhenMetadataNamesAnotherIssuer()
    {
        await using var server = new JsonServer(new Dictionary<string, string>
        {
            [MetadataPath] = $$"""{"issuer":"https://other.example/api/v1","jwks_uri":"{base}{{JwksPath}}"}""",
            [JwksPath] = DialogportenVector.JwksJson,
        });

        var result = await InProcess.RunAsync("verify", DialogportenVector.Token, "--jwks", server.BaseUrl + MetadataPath, "--at", DialogportenVector.ValidAt);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("invalid: issuer_invalid: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExitsTwo_WhenUrlAnswersNotFound()
    {
        await using var server = new JsonServer(new Dictionary<string, string>());

        var result = await InProcess.RunAsync("verify", DialogportenVector.Token, "--jwks", server.BaseUrl + JwksPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("answered 404 Not Found; check the --jwks URL", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task Verify_ExitsTwo_WhenUrlServesNoJwks()
    {
        await using var server = new JsonServer(new Dictionary<string, string> { [JwksPath] = """{"hello":"world"}""" });

        var result = await InProcess.RunAsync("verify", DialogportenVector.Token, "--jwks", server.BaseUrl + JwksPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a usable JWKS", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExitsTwo_WhenUrlIsUnreachable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await InProcess.RunAsync("verify", DialogportenVector.Token, "--jwks", $"http://127.0.0.1:{port}{JwksPath}");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: cannot fetch http://127.0.0.1:{port}{JwksPath}", result.Stderr, StringComparison.Ordinal);
    }
}
