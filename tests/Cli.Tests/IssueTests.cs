namespace DialogTokens.Cli.Tests;

public sealed class IssueTests
{
    [Fact]
    public async Task Issue_PrintsTokenAlone_WithEveryClaim()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory, "--level", "4", "--supplier", "urn:altinn:organization:identifier-no:310000000", "--lifetime", "120");

        Assert.Equal(2, issued.Token.Count(c => c == '.'));
        var claims = Read(issued.Token);
        Assert.Equal(IssuedToken.AuthenticatedParty, claims.AuthenticatedParty);
        Assert.Equal(IssuedToken.Party, claims.Party);
        Assert.Equal(IssuedToken.Resource, claims.ServiceResource);
        Assert.Equal(Guid.Parse(IssuedToken.DialogId), claims.DialogId);
        Assert.Equal("delete,urn:altinn:task:Task_1;read;write", claims.Actions.ToString());
        Assert.Equal(IssuedToken.Issuer, claims.Issuer);
        Assert.Equal(4, claims.AuthenticationLevel);
        Assert.Equal("urn:altinn:organization:identifier-no:310000000", claims.SupplierParty);
        Assert.Equal(InProcess.Now, claims.IssuedAt);
        Assert.Equal(InProcess.Now, claims.NotBefore);
        Assert.Equal(InProcess.Now.AddSeconds(120), claims.ExpiresAt);
    }

    [Fact]
    public async Task Issue_DefaultsAuthenticatedPartyToParty_LevelTo3_AndLifetimeTo600()
    {
        using var directory = new TempDirectory();
        var key = directory.File("key.json");
        await InProcess.RunAsync("keys", "new", "--out", key);

        var result = await InProcess.RunAsync(
            "issue", "--key", key, "--issuer", IssuedToken.Issuer, "--dialog", IssuedToken.DialogId,
            "--party", IssuedToken.Party, "--resource", IssuedToken.Resource, "--actions", "read");

        Assert.True(result.ExitCode == 0, result.ToString());
        var claims = Read(result.Stdout.Trim());
        Assert.Equal(IssuedToken.Party, claims.AuthenticatedParty);
        Assert.Equal(3, claims.AuthenticationLevel);
        Assert.Null(claims.SupplierParty);
        Assert.Equal(InProcess.Now.AddSeconds(600), claims.ExpiresAt);
    }

    [Fact]
    public async Task Issue_WritesNoActions_WhenActionsIsEmpty()
    {
        using var directory = new TempDirectory();
        var key = directory.File("key.json");
        await InProcess.RunAsync("keys", "new", "--out", key);

        var result = await InProcess.RunAsync(
            "issue", "--key", key, "--issuer", IssuedToken.Issuer, "--dialog", IssuedToken.DialogId,
            "--party", IssuedToken.Party, "--resource", IssuedToken.Resource, "--actions", "");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Read(result.Stdout.Trim()).Actions);
    }

    [Fact]
    public async Task Issue_ExitsTwo_WhenKeyFileHoldsOnlyAPublicKey()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync(IssuedToken.IssueArgs(issued.JwksPath));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds a JWKS (public keys); signing needs a private JWK", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    private static DialogTokenClaims Read(string token)
    {
        var read = DialogTokenReader.Read(token);
        Assert.True(read.Claims is not null, read.ErrorDescription);
        return read.Claims;
    }
}
