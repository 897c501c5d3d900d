using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DialogTokens.IdentityProvider.Tests;

/// <summary>
/// What instances of the provider share, for one test: a database of its own (a SQLite file, or a PostgreSQL database
/// on the server named by <see cref="PostgresVariable"/>: never skipped, the test fails and says how to run it) and a
/// Data Protection key folder.
/// </summary>
internal sealed class SharedStorage : IAsyncDisposable
{
    public const string PostgresVariable = "DIALOGTOKENS_TEST_POSTGRES";

    private readonly string? server;
    private readonly string name;

    private SharedStorage(bool postgres, string connectionString, string? server, string name, DirectoryInfo keys)
    {
        IsPostgres = postgres;
        ConnectionString = connectionString;
        this.server = server;
        this.name = name;
        Keys = keys;
    }

    public bool IsPostgres { get; }

    public string ConnectionString { get; }

    public DirectoryInfo Keys { get; }

    /// <summary>Added to every context on this storage: a fault the test puts between the provider and its database.</summary>
    public IInterceptor? Interceptor { get; set; }

    public static async Task<SharedStorage> CreateAsync(string provider)
    {
        var keys = Directory.CreateTempSubdirectory("idp-keys-");
        if (provider == "Sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"dialogtokens-idp-{Guid.NewGuid():N}.db");
            return new(false, $"Data Source={file}", null, file, keys);
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"The PostgreSQL tests need {PostgresVariable}: run `bash scripts/test.sh --project tests/IdentityProvider.Tests`, which sets it.");
        }

        var name = $"dialogtokens_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new(true, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, server, name, keys);
    }

    /// <summary>A database that cannot be opened (a SQLite file in a folder that does not exist): the store is down.</summary>
    public static SharedStorage Unopenable()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dialogtokens-missing-{Guid.NewGuid():N}", "idp.db");
        return new(false, $"Data Source={file};Mode=ReadWrite", null, file, Directory.CreateTempSubdirectory("idp-keys-"));
    }

    public void Configure(DbContextOptionsBuilder db)
    {
        if (IsPostgres)
        {
            db.UseNpgsql(ConnectionString);
        }
        else
        {
            db.UseSqlite(ConnectionString);
        }

        if (Interceptor is not null)
        {
            db.AddInterceptors(Interceptor);
        }
    }

    /// <summary>A store of redemptions on this storage, as one instance of the provider has it.</summary>
    public DatabaseAuthorizationCodeRedemptions Redemptions(ILogger<DatabaseAuthorizationCodeRedemptions>? logger = null)
    {
        var options = new DbContextOptionsBuilder<IdentityProviderDbContext>();
        Configure(options);
        return new(new Contexts(options.Options), TimeProvider.System, logger ?? NullLogger<DatabaseAuthorizationCodeRedemptions>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        Keys.Delete(recursive: true);
        if (server is null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { "", "-journal", "-wal", "-shm" }.Select(suffix => name + suffix).Where(File.Exists))
            {
                File.Delete(file);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\"");
    }

    private sealed class Contexts(DbContextOptions<IdentityProviderDbContext> options) : IDbContextFactory<IdentityProviderDbContext>
    {
        public IdentityProviderDbContext CreateDbContext() => new(options);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Keeps what the store logged failing, so that a test can say why.</summary>
    public sealed class FailureLog : ILogger<DatabaseAuthorizationCodeRedemptions>
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> failures = new();

        public IEnumerable<string> Failures => failures;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null)
            {
                failures.Enqueue(exception.GetType().Name + ": " + exception.Message);
            }
        }
    }
}
