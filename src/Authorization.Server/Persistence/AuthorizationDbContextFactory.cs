using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DialogTokens.Authorization;

/// <summary>Makes pooled contexts of the configured provider; one per store operation, so the store is thread-safe.</summary>
internal sealed class AuthorizationDbContextFactory
{
    private readonly Func<AuthorizationDbContext> create;

    /// <param name="options">Provider and connection string (validated).</param>
    /// <param name="interceptors">Extra EF interceptors; tests use them to fail a command mid-import.</param>
    public AuthorizationDbContextFactory(AuthorizationStoreOptions options, params IInterceptor[] interceptors)
    {
        ArgumentNullException.ThrowIfNull(options);
        Provider = options.Provider;
        ConnectionString = options.ConnectionString;
        create = options.Provider switch
        {
            AuthorizationStoreProvider.Sqlite => Pooled(Sqlite(new DbContextOptionsBuilder<SqliteAuthorizationDbContext>(), options.ConnectionString), interceptors),
            AuthorizationStoreProvider.PostgreSql => Pooled(Npgsql(new DbContextOptionsBuilder<NpgsqlAuthorizationDbContext>(), options.ConnectionString), interceptors),
            _ => throw new ArgumentException($"Unknown provider '{options.Provider}'.", nameof(options)),
        };
    }

    public AuthorizationStoreProvider Provider { get; }

    public string ConnectionString { get; }

    public AuthorizationDbContext CreateDbContext() => create();

    internal static DbContextOptionsBuilder<T> Sqlite<T>(DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(AuthorizationDbContext.MigrationsHistoryTable));

    internal static DbContextOptionsBuilder<T> Npgsql<T>(DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(AuthorizationDbContext.MigrationsHistoryTable));

    private static Func<AuthorizationDbContext> Pooled<T>(DbContextOptionsBuilder<T> builder, IInterceptor[] interceptors)
        where T : AuthorizationDbContext
    {
        var factory = new PooledDbContextFactory<T>(builder.AddInterceptors(interceptors).Options);
        return factory.CreateDbContext;
    }
}
