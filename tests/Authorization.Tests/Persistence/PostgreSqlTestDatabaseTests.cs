namespace DialogTokens.Authorization.Tests.Persistence;

/// <summary>Without a server the PostgreSQL tests fail (never skip), and the failure says what to do.</summary>
public sealed class PostgreSqlTestDatabaseTests
{
    [Fact]
    public void MissingServer_OnADeveloperMachine_SaysHowToRunTheTests()
    {
        var message = PostgreSqlTestDatabase.MissingServerMessage(ci: false);

        Assert.Contains("bash .ci/run", message, StringComparison.Ordinal);
        Assert.Contains("pg_ctlcluster", message, StringComparison.Ordinal);
        Assert.Contains("DIALOGTOKENS_TEST_POSTGRES=\"Host=127.0.0.1;Port=5432;", message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingServer_OnCi_BlamesTheCiScript() =>
        Assert.Contains("CI=true: .ci/run starts PostgreSQL", PostgreSqlTestDatabase.MissingServerMessage(ci: true), StringComparison.Ordinal);
}
