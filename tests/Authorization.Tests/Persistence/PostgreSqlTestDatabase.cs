using Npgsql;

namespace DialogTokens.Authorization.Tests.Persistence;

/// <summary>
/// A database of its own on the PostgreSQL server named by <see cref="Variable"/>, created for one test and dropped
/// after it, so that tests run in parallel and again and again. Without the variable the test fails and says how to
/// run it: these tests are never skipped.
/// </summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    /// <summary>An Npgsql connection string whose role may CREATE DATABASE; .ci/run sets it.</summary>
    public const string Variable = "DIALOGTOKENS_TEST_POSTGRES";

    private readonly string server;
    private readonly string name;

    private PostgreSqlTestDatabase(string server, string name)
    {
        this.server = server;
        this.name = name;
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        Options = new AuthorizationStoreOptions { Provider = AuthorizationStoreProvider.PostgreSql, ConnectionString = connectionString };
    }

    public override AuthorizationStoreOptions Options { get; }

    public static async Task<PostgreSqlTestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(MissingServerMessage(Environment.GetEnvironmentVariable("CI") == "true"));
        }

        var name = $"dialogtokens_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new PostgreSqlTestDatabase(server, name);
    }

    public override async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(Options.ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // Not WITH (FORCE): that may not end an autovacuum worker, which a plain DROP cancels itself. Our own
        // connections are closed above, and DROP waits a few seconds for their backends to go.
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\"");
    }

    internal static string MissingServerMessage(bool ci) =>
        ci
            ? $"{Variable} is not set although CI=true: .ci/run starts PostgreSQL and sets it; see its log for why it did not."
            : $"The PostgreSQL store tests need a PostgreSQL server. Either run `CI=true bash .ci/run`, which installs and starts " +
              $"PostgreSQL and sets everything up, or start a server yourself (Debian: `pg_ctlcluster 15 main start`), create a " +
              $"role that may create databases, and set {Variable}=\"Host=127.0.0.1;Port=5432;Username=…;Password=…;Database=…\". " +
              "Each test creates its own database and drops it.";

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
