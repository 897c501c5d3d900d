namespace DialogTokens.Cli.Tests;

public sealed class KeysJwksTests
{
    [Fact]
    public async Task KeysJwks_WritesPublicKeysOnly_InArgumentOrder()
    {
        using var directory = new TempDirectory();
        var first = await NewKeyAsync(directory, "key-a");
        var second = await NewKeyAsync(directory, "key-b");

        var result = await InProcess.RunAsync("keys", "jwks", first, second);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\"d\"", result.Stdout, StringComparison.Ordinal);
        Assert.True(DialogTokenJwk.TryReadKeySet(result.Stdout, out var keySet, out var error), error);
        Assert.Equal(["key-a", "key-b"], keySet.Select(k => k.KeyId));
    }

    [Fact]
    public async Task KeysJwks_ExtendsAPublishedJwks_WithANewKey()
    {
        using var directory = new TempDirectory();
        var published = directory.File("published.json");
        await File.WriteAllTextAsync(published, (await InProcess.RunAsync("keys", "jwks", await NewKeyAsync(directory, "old"))).Stdout, TestContext.Current.CancellationToken);

        var result = await InProcess.RunAsync("keys", "jwks", published, await NewKeyAsync(directory, "next"));

        Assert.Equal(0, result.ExitCode);
        Assert.True(DialogTokenJwk.TryReadKeySet(result.Stdout, out var keySet, out var error), error);
        Assert.Equal(["old", "next"], keySet.Select(k => k.KeyId));
    }

    [Fact]
    public async Task KeysJwks_ExitsTwo_WhenKeyIdsRepeat()
    {
        using var directory = new TempDirectory();
        var first = await NewKeyAsync(directory, "same", "a.json");
        var second = await NewKeyAsync(directory, "same", "b.json");

        var result = await InProcess.RunAsync("keys", "jwks", first, second);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the key id 'same' is in both", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task KeysJwks_ExitsTwo_WhenFileDoesNotExist()
    {
        using var directory = new TempDirectory();

        var result = await InProcess.RunAsync("keys", "jwks", directory.File("nope.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysJwks_ExitsTwo_WhenFileIsNotAKey()
    {
        using var directory = new TempDirectory();
        var path = directory.File("notes.txt");
        await File.WriteAllTextAsync(path, "hello", TestContext.Current.CancellationToken);

        var result = await InProcess.RunAsync("keys", "jwks", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not JSON", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysJwks_ExitsTwo_WhenNoFiles()
    {
        var result = await InProcess.RunAsync("keys", "jwks");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("dialogtoken keys jwks --help", result.Stderr, StringComparison.Ordinal);
    }

    private static async Task<string> NewKeyAsync(TempDirectory directory, string kid, string? name = null)
    {
        var path = directory.File(name ?? kid + ".json");
        var result = await InProcess.RunAsync("keys", "new", "--kid", kid, "--out", path);
        Assert.True(result.ExitCode == 0, result.ToString());
        return path;
    }
}
