using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DialogTokens.DialogService.Persistence;

/// <summary>Makes pooled contexts of the configured provider; one per operation, so callers are thread-safe.</summary>
internal sealed class DialogServiceDbContextFactory
{
    private readonly Func<DialogServiceDbContext> create;

    public DialogServiceDbContextFactory(DialogServiceDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Provider = options.Provider;
        create = options.Provider switch
        {
            DialogServiceDatabaseProvider.Sqlite => Pooled(Sqlite(new DbContextOptionsBuilder<SqliteDialogServiceDbContext>(), options.ConnectionString)),
            DialogServiceDatabaseProvider.PostgreSql => Pooled(Npgsql(new DbContextOptionsBuilder<NpgsqlDialogServiceDbContext>(), options.ConnectionString)),
            _ => throw new ArgumentException($"Unknown provider '{options.Provider}'.", nameof(options)),
        };
    }

    public DialogServiceDatabaseProvider Provider { get; }

    public DialogServiceDbContext CreateDbContext() => create();

    /// <summary>Creates or upgrades the dialog service's tables.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = CreateDbContext();

        // SQLite creates the file but not its folder; Data Source=data/dialogservice.db should just work.
        if (db.Database.IsSqlite()
            && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is { Length: > 0 } file
            && file != ":memory:" && !file.StartsWith("file:", StringComparison.Ordinal)
            && Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static DbContextOptionsBuilder<T> Sqlite<T>(DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(DialogServiceDbContext.MigrationsHistoryTable));

    internal static DbContextOptionsBuilder<T> Npgsql<T>(DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(DialogServiceDbContext.MigrationsHistoryTable));

    private static Func<DialogServiceDbContext> Pooled<T>(DbContextOptionsBuilder<T> builder)
        where T : DialogServiceDbContext
    {
        var factory = new PooledDbContextFactory<T>(builder.Options);
        return factory.CreateDbContext;
    }
}
