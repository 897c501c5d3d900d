using Microsoft.Data.Sqlite;

namespace DialogTokens.Authorization.Tests.Persistence;

/// <summary>A SQLite file in the temp folder, deleted with its journal when the test ends.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string file;

    private SqliteTestDatabase(string file)
    {
        this.file = file;
        Options = new AuthorizationStoreOptions { Provider = AuthorizationStoreProvider.Sqlite, ConnectionString = $"Data Source={file}" };
    }

    public override AuthorizationStoreOptions Options { get; }

    public static SqliteTestDatabase Create() => new(Path.Combine(Path.GetTempPath(), $"dialogtokens-authorization-{Guid.NewGuid():N}.db"));

    public override ValueTask DisposeAsync()
    {
        using (var connection = new SqliteConnection(Options.ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
        {
            File.Delete(file + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
