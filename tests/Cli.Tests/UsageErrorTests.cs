namespace DialogTokens.Cli.Tests;

/// <summary>Usage errors exit 2 with one line that says what was wrong and what to do; never a stack trace.</summary>
public sealed class UsageErrorTests
{
    [Fact]
    public async Task Verify_ExitsTwo_WhenJwksIsMissing()
    {
        var result = await InProcess.RunAsync("verify", DialogportenVector.Token);

        AssertUsageError(result, "Option '--jwks' is required.");
        Assert.Contains("Run 'dialogtoken verify --help' for usage.", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--dialog", "abc", "--dialog 'abc' is not a UUID; pass the dialog id, e.g. 0194fe82-9280-77a5-a7cd-5ff0e6a6fa07.")]
    [InlineData("--at", "yesterday", "--at 'yesterday' is not an ISO 8601 instant; pass e.g. 2025-02-14T09:00:00Z.")]
    [InlineData("--action", "read;write", "--action 'read;write' is not an action; pass ACTION or ACTION,ATTRIBUTE")]
    [InlineData("--action", ",urn:altinn:task:Task_1", "is not an action")]
    [InlineData("--clock-skew", "301", "--clock-skew '301' is not a whole number of seconds from 0 to 300")]
    [InlineData("--max-lifetime", "0", "--max-lifetime '0' is not a whole number of seconds from 1 to 86400")]
    [InlineData("--issuer", "platform.altinn.no", "--issuer 'platform.altinn.no' is not an absolute http(s) URL")]
    public async Task Verify_ExitsTwo_WhenOptionValueIsBad(string option, string value, string message)
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync("verify", DialogportenVector.Token, "--jwks", DialogportenVector.WriteJwks(directory), option, value);

        AssertUsageError(result, message);
    }

    [Fact]
    public async Task Verify_ExitsTwo_WhenJwksFileDoesNotExist()
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync("verify", DialogportenVector.Token, "--jwks", directory.File("nope.json"));

        AssertUsageError(result, "does not exist; check the path.");
    }

    [Fact]
    public async Task Verify_ExitsTwo_WhenJwksIsASingleKey()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync("verify", issued.Token, "--jwks", issued.KeyPath);

        AssertUsageError(result, "it is a single JWK; make a JWKS with: dialogtoken keys jwks");
        Assert.DoesNotContain("\"d\"", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExitsTwo_WhenJwksIsNotJson()
    {
        using var directory = new TempDirectory();
        var path = directory.File("jwks.json");
        await File.WriteAllTextAsync(path, "<html>", TestContext.Current.CancellationToken);

        var result = await InProcess.RunAsync("verify", DialogportenVector.Token, "--jwks", path);

        AssertUsageError(result, "is not a usable JWKS");
    }

    [Fact]
    public async Task Verify_ExitsTwo_WhenNoTokenIsGiven()
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync(["verify", "--jwks", DialogportenVector.WriteJwks(directory)], stdin: "  \n");

        AssertUsageError(result, "no token: pass it as the TOKEN argument, or pipe it on standard input");
    }

    [Fact]
    public async Task Issue_ExitsTwo_WhenKeyFileDoesNotExist()
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync(IssuedToken.IssueArgs(directory.File("missing.json")));

        AssertUsageError(result, "does not exist; check the path.");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Issue_ExitsTwo_WhenKeyFileIsUnreadable()
    {
        // Root reads any file, so the real process drops to user nobody (a real user's situation, not a simulation).
        using var directory = new TempDirectory();
        var key = directory.File("key.json");
        await InProcess.RunAsync("keys", "new", "--out", key);
        File.SetUnixFileMode(key, UnixFileMode.None);
        File.SetUnixFileMode(directory.Path, (UnixFileMode)0b111_101_101);

        var result = await RealProcess.RunAsync(directory.Path, IssuedToken.IssueArgs(key), unprivileged: true);

        AssertUsageError(result, "permission denied");
    }

    [Fact]
    public async Task Issue_ExitsTwo_WhenKeyFileIsADirectory()
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync(IssuedToken.IssueArgs(directory.Path));

        AssertUsageError(result, $"key file '{directory.Path}' is a directory; pass the file.");
    }

    [Theory]
    [InlineData("--dialog", "abc", "--dialog 'abc' is not a UUID; pass the dialog id, e.g. 0194fe82-9280-77a5-a7cd-5ff0e6a6fa07.")]
    [InlineData("--party", "991825827", "--party '991825827' is not a URN; pass e.g. urn:altinn:organization:identifier-no:991825827.")]
    [InlineData("--actions", "read;", "--actions 'read;' is not a list of actions")]
    [InlineData("--level", "2", "--level '2' is not an authentication level; pass 0 (idporten-loa-low), 3 (substantial) or 4 (high).")]
    [InlineData("--lifetime", "3601", "--lifetime '3601' is not a whole number of seconds from 1 to 3600")]
    [InlineData("--issuer", "dialogs", "--issuer 'dialogs' is not an absolute http(s) URL")]
    public async Task Issue_ExitsTwo_WhenOptionValueIsBad(string option, string value, string message)
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var args = IssuedToken.IssueArgs(issued.KeyPath);
        var index = Array.IndexOf(args, option);
        if (index >= 0)
        {
            args[index + 1] = value;
        }

        var result = await InProcess.RunAsync(index >= 0 ? args : [.. args, option, value]);

        AssertUsageError(result, message);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("verify", "--no-such-option")]
    [InlineData("issue")]
    [InlineData]
    public async Task ExitsTwo_OnParseErrors(params string[] args)
    {
        var result = await InProcess.RunAsync(args);

        AssertUsageError(result, "Run 'dialogtoken");
    }

    [Fact]
    public async Task Help_ExitsZero()
    {
        var result = await InProcess.RunAsync("verify", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--jwks <FILE|URL>", result.Stdout, StringComparison.Ordinal);
    }

    private static void AssertUsageError(CliResult result, string message)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }
}
