namespace DialogTokens.Cli.Tests;

/// <summary>A key, its JWKS and a token, all made by the CLI in-process at <see cref="InProcess.Now"/>.</summary>
internal sealed record IssuedToken(string KeyPath, string JwksPath, string Token)
{
    public const string Issuer = "https://dialogs.example/api/v1";
    public const string DialogId = "0194fe82-9280-77a5-a7cd-5ff0e6a6fa07";
    public const string Party = "urn:altinn:organization:identifier-no:991825827";
    public const string AuthenticatedParty = "urn:altinn:person:identifier-no:14886498226";
    public const string Resource = "urn:altinn:resource:super-simple-service";
    public const string Actions = "read;write;delete,urn:altinn:task:Task_1";

    public static async Task<IssuedToken> CreateAsync(TempDirectory directory, params string[] extraIssueArgs)
    {
        var keyPath = directory.File("key.json");
        var jwksPath = directory.File("jwks.json");
        Expect(await InProcess.RunAsync("keys", "new", "--kid", "test-key-1", "--out", keyPath));
        var jwks = Expect(await InProcess.RunAsync("keys", "jwks", keyPath));
        await File.WriteAllTextAsync(jwksPath, jwks.Stdout, TestContext.Current.CancellationToken);
        var issued = Expect(await InProcess.RunAsync([.. IssueArgs(keyPath), .. extraIssueArgs]));
        return new IssuedToken(keyPath, jwksPath, issued.Stdout.Trim());
    }

    public static string[] IssueArgs(string keyPath) =>
    [
        "issue", "--key", keyPath, "--issuer", Issuer, "--dialog", DialogId, "--party", Party,
        "--authenticated-party", AuthenticatedParty, "--resource", Resource, "--actions", Actions,
    ];

    private static CliResult Expect(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
