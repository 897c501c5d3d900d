using System.Text.Json;

namespace DialogTokens.Cli.Tests;

/// <summary>The real token from Dialogporten's test environment, through the CLI.</summary>
public sealed class DialogportenVectorTests
{
    [Fact]
    public async Task Verify_ExitsZero_ForDialogportenToken_AtItsValidInstant()
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync(
            "verify", DialogportenVector.Token, "--jwks", DialogportenVector.WriteJwks(directory), "--at", DialogportenVector.ValidAt,
            "--issuer", DialogportenVector.Issuer, "--dialog", DialogportenVector.DialogId, "--action", "read");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "valid: signed by key 'dp-staging-240322-o5ymn', dialog 0194fe82-9280-77a5-a7cd-5ff0e6a6fa07, actions 'read', expires 2025-02-14T09:06:07Z (expires in 6m 7s)\n",
            result.Stdout);
    }

    [Fact]
    public async Task Verify_ExitsOne_WhenTokenExpired()
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync(
            "verify", DialogportenVector.Token, "--jwks", DialogportenVector.WriteJwks(directory), "--at", DialogportenVector.OneSecondAfterExpiryWithSkew,
            "--issuer", DialogportenVector.Issuer, "--action", "read");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("invalid: token_expired: The token expired at 2025-02-14T09:06:07", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExitsZero_OneSecondBeforeExpiryWithSkew()
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync(
            "verify", DialogportenVector.Token, "--jwks", DialogportenVector.WriteJwks(directory), "--at", "2025-02-14T09:06:16Z");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("expired 9s ago", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Json_ExitsOne_WhenTokenExpired()
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync(
            "verify", DialogportenVector.Token, "--jwks", DialogportenVector.WriteJwks(directory), "--at", DialogportenVector.OneSecondAfterExpiryWithSkew, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("token_expired", json.RootElement.GetProperty("error").GetString());
        Assert.StartsWith("The token expired at ", json.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Json_ExitsZero_ForDialogportenToken()
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync(
            "verify", DialogportenVector.Token, "--jwks", DialogportenVector.WriteJwks(directory), "--at", DialogportenVector.ValidAt,
            "--issuer", DialogportenVector.Issuer, "--action", "read", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal("dp-staging-240322-o5ymn", root.GetProperty("kid").GetString());
        Assert.Equal(DialogportenVector.DialogId, root.GetProperty("dialogId").GetString());
        Assert.Equal("2025-02-14T09:06:07Z", root.GetProperty("expiresAt").GetString());
        Assert.Equal("38cfdcb9-388b-47b8-a1bf-9f15b2819894", root.GetProperty("claims").GetProperty("jti").GetString());
        Assert.Equal(1739523967, root.GetProperty("claims").GetProperty("exp").GetInt64());
    }
}
