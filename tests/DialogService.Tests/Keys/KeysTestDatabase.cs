using DialogTokens.DialogService.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DialogTokens.DialogService.Tests.Keys;

/// <summary>
/// An empty, migrated database of its own for one test: a SQLite file, or a PostgreSQL database on the server named by
/// <see cref="PostgresVariable"/> (never skipped: without the variable the test fails and says how to run it).
/// </summary>
public sealed class KeysTestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "DIALOGTOKENS_TEST_POSTGRES";

    private readonly string? server;
    private readonly string name;

    private KeysTestDatabase(DialogServiceDatabaseOptions options, string? server, string name)
    {
        Options = options;
        this.server = server;
        this.name = name;
    }

    public DialogServiceDatabaseOptions Options { get; }

    internal DialogServiceDbContextFactory Databases => new(Options);

    public static async Task<KeysTestDatabase> CreateAsync(DialogServiceDatabaseProvider provider)
    {
        KeysTestDatabase database;
        if (provider == DialogServiceDatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"dialogtokens-dialogservice-{Guid.NewGuid():N}.db");
            database = new(new() { Provider = provider, ConnectionString = $"Data Source={file}" }, null, file);
        }
        else
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(server))
            {
                throw new InvalidOperationException(
                    $"The PostgreSQL key ring tests need {PostgresVariable}: run `bash scripts/test.sh --project tests/DialogService.Tests`, which sets it.");
            }

            var name = $"dialogtokens_test_{Guid.NewGuid():N}";
            await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            database = new(new() { Provider = provider, ConnectionString = connectionString }, server, name);
        }

        await database.Databases.MigrateAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (server is null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
            {
                File.Delete(name + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\"");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
