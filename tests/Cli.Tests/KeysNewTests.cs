namespace DialogTokens.Cli.Tests;

public sealed class KeysNewTests
{
    [Fact]
    public async Task KeysNew_PrintsPrivateJwk_WhenNoOut()
    {
        var result = await InProcess.RunAsync("keys", "new", "--kid", "my-key");

        Assert.Equal(0, result.ExitCode);
        Assert.True(DialogTokenJwk.TryReadPrivateKey(result.Stdout.Trim(), out var key, out var error), error);
        using (key)
        {
            Assert.Equal("my-key", key.KeyId);
        }
    }

    [Fact]
    public async Task KeysNew_GeneratesDatedKeyId_WhenNoKid()
    {
        var result = await InProcess.RunAsync("keys", "new");

        Assert.Equal(0, result.ExitCode);
        Assert.True(DialogTokenJwk.TryReadPublicKey(result.Stdout, out var key, out var error), error);
        Assert.Matches("^dt-260115-[a-z0-9]{5}$", key.KeyId);
    }

    [Fact]
    public async Task KeysNew_WritesOwnerOnlyFile_AndNoKeyOnStdout_WhenOut()
    {
        using var directory = new TempDirectory();
        var path = directory.File("key.json");

        var result = await InProcess.RunAsync("keys", "new", "--kid", "my-key", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("my-key", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\"d\"", result.Stderr, StringComparison.Ordinal);
        Assert.True(DialogTokenJwk.TryReadPrivateKey(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), out var key, out var error), error);
        key.Dispose();
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task KeysNew_ExitsTwo_AndKeepsFile_WhenOutExists()
    {
        using var directory = new TempDirectory();
        var path = directory.File("key.json");
        await File.WriteAllTextAsync(path, "keep me", TestContext.Current.CancellationToken);

        var result = await InProcess.RunAsync("keys", "new", "--out", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("already exists; pass --force", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task KeysNew_OverwritesAndNarrowsMode_WhenForce()
    {
        using var directory = new TempDirectory();
        var path = directory.File("key.json");
        await File.WriteAllTextAsync(path, "old", TestContext.Current.CancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var result = await InProcess.RunAsync("keys", "new", "--kid", "new-key", "--out", path, "--force");

        Assert.Equal(0, result.ExitCode);
        Assert.True(DialogTokenJwk.TryReadPublicKey(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), out var key, out _));
        Assert.Equal("new-key", key.KeyId);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task KeysNew_ExitsTwo_WhenKidIsInvalid()
    {
        var result = await InProcess.RunAsync("keys", "new", "--kid", "has space");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--kid 'has space' is not a key id", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task KeysNew_ExitsTwo_WhenOutDirectoryDoesNotExist()
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync("keys", "new", "--out", directory.File(Path.Combine("missing", "key.json")));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: cannot write", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }
}
