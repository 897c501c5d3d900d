using System.Text.Json;

namespace DialogTokens.Cli.Tests;

public sealed class InspectTests
{
    [Fact]
    public async Task Inspect_ShowsHeaderClaimsTimesAndDecodedActions_AndSaysSignatureNotVerified()
    {
        using var directory = new TempDirectory();
        var issued = await IssuedToken.CreateAsync(directory);

        var result = await InProcess.RunAsync(["inspect", issued.Token], stdin: "", now: InProcess.Now.AddSeconds(48));

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = result.Stdout;
        Assert.Contains("signature NOT verified", text, StringComparison.Ordinal);
        Assert.Contains("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"test-key-1\"}", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  c +authenticated party \(who logged in\) +urn:altinn:person:identifier-no:14886498226$", text);
        Assert.Matches(@"(?m)^  l +authentication level +3 \(substantial\)$", text);
        Assert.Matches(@"(?m)^  i +dialog id +0194fe82-9280-77a5-a7cd-5ff0e6a6fa07$", text);
        Assert.Matches(@"(?m)^  iat +issued at +2026-01-15T12:00:00Z \(\d+\)$", text);
        Assert.Contains("2026-01-15T12:10:00Z", text, StringComparison.Ordinal);
        Assert.Contains("expires in 9m 12s", text, StringComparison.Ordinal);
        Assert.Contains("  delete on urn:altinn:task:Task_1\n", text, StringComparison.Ordinal);
        Assert.Contains("  read (main resource)\n", text, StringComparison.Ordinal);
        Assert.Contains("  write (main resource)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_SaysHowLongAgo_WhenTokenExpired()
    {
        var result = await InProcess.RunAsync(["inspect", DialogportenVector.Token], stdin: "", now: DateTimeOffset.Parse("2025-02-14T09:09:07Z", System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2025-02-14T09:06:07Z (1739523967), expired 3m ago", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  read (main resource)\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_ReadsTokenFromStdin()
    {
        var result = await InProcess.RunAsync(["inspect"], stdin: $"  {DialogportenVector.Token}\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("dp-staging-240322-o5ymn", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_Json_HasHeaderClaimsTimesAndActions()
    {
        var result = await InProcess.RunAsync(["inspect", "--json", DialogportenVector.Token], stdin: "", now: DateTimeOffset.Parse(DialogportenVector.ValidAt, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.False(root.GetProperty("signatureVerified").GetBoolean());
        Assert.Equal("EdDSA", root.GetProperty("header").GetProperty("alg").GetString());
        Assert.Equal("read", root.GetProperty("claims").GetProperty("a").GetString());
        Assert.Equal(DialogportenVector.DialogId, root.GetProperty("dialogId").GetString());
        Assert.Equal("2025-02-14T09:06:07Z", root.GetProperty("expiresAt").GetString());
        Assert.Equal(367, root.GetProperty("expiresInSeconds").GetInt64());
        Assert.False(root.GetProperty("expired").GetBoolean());
        var action = Assert.Single(root.GetProperty("actions").EnumerateArray());
        Assert.Equal("read", action.GetProperty("action").GetString());
        Assert.Equal("main", action.GetProperty("authorizationAttribute").GetString());
    }

    [Theory]
    [InlineData("not-a-token", "token_malformed")]
    [InlineData("a+b.c.d", "token_encoding_invalid")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJhIjoicmVhZCJ9.", "algorithm_not_allowed")]
    public async Task Inspect_ExitsOne_WhenTokenCannotBeRead(string token, string code)
    {
        var result = await InProcess.RunAsync("inspect", token);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"unreadable: {code}: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_Json_ExitsOne_WhenTokenCannotBeRead()
    {
        var result = await InProcess.RunAsync("inspect", "--json", "not-a-token");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.False(json.RootElement.GetProperty("readable").GetBoolean());
        Assert.Equal("token_malformed", json.RootElement.GetProperty("error").GetString());
    }
}
