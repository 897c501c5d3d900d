namespace DialogTokens.Cli.Tests;

/// <summary>The built <c>dialogtoken</c>, run as a real process: streams, exit codes and the file system as a shell sees them.</summary>
public sealed class RealProcessTests
{
    [Fact]
    public async Task RealProcess_RoundTrip_KeysNew_KeysJwks_Issue_Verify()
    {
        using var directory = new TempDirectory();

        var created = await RealProcess.RunAsync(directory.Path, ["keys", "new", "--kid", "process-key", "--out", "key.json"]);
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal("", created.Stdout);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(directory.File("key.json")));
        }

        var jwks = await RealProcess.RunAsync(directory.Path, ["keys", "jwks", "key.json"]);
        Assert.True(jwks.ExitCode == 0, jwks.ToString());
        await File.WriteAllTextAsync(directory.File("jwks.json"), jwks.Stdout, TestContext.Current.CancellationToken);

        var issued = await RealProcess.RunAsync(directory.Path, [.. IssuedToken.IssueArgs("key.json")]);
        Assert.True(issued.ExitCode == 0, issued.ToString());
        Assert.Equal(2, issued.Stdout.Trim().Count(c => c == '.'));

        // As in a shell: dialogtoken issue ... | dialogtoken verify - --jwks jwks.json ...
        var verified = await RealProcess.RunAsync(
            directory.Path,
            ["verify", "-", "--jwks", "jwks.json", "--issuer", IssuedToken.Issuer, "--dialog", IssuedToken.DialogId, "--action", "delete,urn:altinn:task:Task_1"],
            stdin: issued.Stdout);
        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.StartsWith("valid: signed by key 'process-key'", verified.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RealProcess_Verify_ExitsOne_WhenDialogportenTokenExpired()
    {
        using var directory = new TempDirectory();
        var jwks = DialogportenVector.WriteJwks(directory);
        string[] args = ["verify", DialogportenVector.Token, "--jwks", jwks, "--issuer", DialogportenVector.Issuer, "--action", "read", "--at"];

        var valid = await RealProcess.RunAsync(directory.Path, [.. args, DialogportenVector.ValidAt]);
        var expired = await RealProcess.RunAsync(directory.Path, [.. args, DialogportenVector.OneSecondAfterExpiryWithSkew]);

        Assert.True(valid.ExitCode == 0, valid.ToString());
        Assert.Equal(1, expired.ExitCode);
        Assert.StartsWith("invalid: token_expired: ", expired.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RealProcess_ExitsTwo_WithOneLineError_OnUsageError()
    {
        using var directory = new TempDirectory();

        var result = await RealProcess.RunAsync(directory.Path, ["verify", "--jwks", "nope.json", "--dialog", "abc"]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --dialog 'abc' is not a UUID", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
