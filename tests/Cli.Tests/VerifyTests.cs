using System.Text.Json;

namespace DialogTokens.Cli.Tests;

public sealed class VerifyTests
{
    [Fact]
    public async Task Verify_ExitsZero_WhenEveryCheckPasses()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync(
            "verify", issued.Token, "--jwks", issued.JwksPath, "--issuer", IssuedToken.Issuer, "--dialog", IssuedToken.DialogId,
            "--action", "read", "--action", "delete,urn:altinn:task:Task_1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("valid: signed by key 'test-key-1', dialog 0194fe82-9280-77a5-a7cd-5ff0e6a6fa07", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("expires in 10m", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }

    [Theory]
    [InlineData("-")]
    [InlineData(null)]
    public async Task Verify_ReadsTokenFromStdin_WhenDashOrAbsent(string? tokenArgument)
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);
        string[] args = tokenArgument is null ? ["verify", "--jwks", issued.JwksPath] : ["verify", tokenArgument, "--jwks", issued.JwksPath];

        var result = await InProcess.RunAsync(args, stdin: $"\n {issued.Token} \r\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("valid: ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("the issuer was not checked", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TakesOneValuePerActionOption_SoTheTokenMayFollowIt()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync("verify", "--action", "write", issued.Token, "--jwks", issued.JwksPath);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Verify_ExitsOne_DialogMismatch_WhenDialogDiffers()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync("verify", issued.Token, "--jwks", issued.JwksPath, "--dialog", "0194fe82-9280-77a5-a7cd-5ff0e6a6fa08");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("invalid: dialog_mismatch: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExitsOne_ActionNotGranted_WhenAnyRequiredActionIsMissing()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync("verify", issued.Token, "--jwks", issued.JwksPath, "--action", "read", "--action", "delete");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("invalid: action_not_granted: The token does not grant 'delete' on the dialog's main resource.\n", result.Stdout);
    }

    [Fact]
    public async Task Verify_ExitsOne_SignatureInvalid_WhenTokenTampered()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);
        var signatureStart = issued.Token.LastIndexOf('.') + 1;
        var tampered = issued.Token[..(signatureStart + 10)] + (issued.Token[signatureStart + 10] == 'A' ? 'B' : 'A') + issued.Token[(signatureStart + 11)..];

        var result = await InProcess.RunAsync("verify", tampered, "--jwks", issued.JwksPath);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("invalid: signature_invalid: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExitsOne_IssuerInvalid_WhenIssuerDiffers()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync("verify", issued.Token, "--jwks", issued.JwksPath, "--issuer", "https://other.example/api/v1");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("invalid: issuer_invalid: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExitsOne_KeyNotFound_WithAnotherIssuersKeys()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync("verify", issued.Token, "--jwks", DialogportenVector.WriteJwks(directory));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("invalid: key_not_found: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExitsOne_TokenNotYetValid_BeforeNbfLessClockSkew()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync("verify", issued.Token, "--jwks", issued.JwksPath, "--at", "2026-01-15T11:59:49Z");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("invalid: token_not_yet_valid: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UsesClockSkewOption()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);
        string[] args = ["verify", issued.Token, "--jwks", issued.JwksPath, "--at", "2026-01-15T12:10:30Z"];

        var withDefaultSkew = await InProcess.RunAsync(args);
        var withLargerSkew = await InProcess.RunAsync([.. args, "--clock-skew", "60"]);

        Assert.Equal(1, withDefaultSkew.ExitCode);
        Assert.StartsWith("invalid: token_expired: ", withDefaultSkew.Stdout, StringComparison.Ordinal);
        Assert.True(withLargerSkew.ExitCode == 0, withLargerSkew.ToString());
    }

    [Fact]
    public async Task Verify_UsesMaxLifetimeOption_AndRefusesALongerToken()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);
        string[] args = ["verify", issued.Token, "--jwks", issued.JwksPath, "--at", "2026-01-15T12:05:00Z"];

        var withDefault = await InProcess.RunAsync(args);
        var withShorter = await InProcess.RunAsync([.. args, "--max-lifetime", "300"]);

        Assert.True(withDefault.ExitCode == 0, withDefault.ToString());
        Assert.Equal(1, withShorter.ExitCode);
        Assert.StartsWith("invalid: token_lifetime_too_long: ", withShorter.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Json_ReportsValidTokenWithItsClaims()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync("verify", issued.Token, "--jwks", issued.JwksPath, "--issuer", IssuedToken.Issuer, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal("test-key-1", root.GetProperty("kid").GetString());
        Assert.Equal(IssuedToken.DialogId, root.GetProperty("dialogId").GetString());
        Assert.Equal("2026-01-15T12:10:00Z", root.GetProperty("expiresAt").GetString());
        Assert.Equal(IssuedToken.Party, root.GetProperty("claims").GetProperty("p").GetString());
        Assert.Equal("delete,urn:altinn:task:Task_1;read;write", root.GetProperty("claims").GetProperty("a").GetString());
    }

    [Fact]
    public async Task Verify_Json_ReportsErrorCodeAndReason_WhenInvalid()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync("verify", issued.Token, "--jwks", issued.JwksPath, "--action", "sign", "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("action_not_granted", json.RootElement.GetProperty("error").GetString());
        Assert.Contains("'sign'", json.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}
