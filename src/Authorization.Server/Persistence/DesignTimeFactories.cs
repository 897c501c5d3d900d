using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DialogTokens.Authorization;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the SQLite context without a host. No database is opened:
/// <c>dotnet ef migrations add NAME --project src/Authorization --context SqliteAuthorizationDbContext --output-dir Persistence/Migrations/Sqlite</c>.
/// </summary>
internal sealed class SqliteAuthorizationDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAuthorizationDbContext>
{
    public SqliteAuthorizationDbContext CreateDbContext(string[] args) =>
        new(AuthorizationDbContextFactory.Sqlite(new DbContextOptionsBuilder<SqliteAuthorizationDbContext>(), AuthorizationStoreOptions.DefaultConnectionString).Options);
}

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a host. No database is opened:
/// <c>dotnet ef migrations add NAME --project src/Authorization --context NpgsqlAuthorizationDbContext --output-dir Persistence/Migrations/PostgreSql</c>.
/// </summary>
internal sealed class NpgsqlAuthorizationDbContextDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlAuthorizationDbContext>
{
    public NpgsqlAuthorizationDbContext CreateDbContext(string[] args) =>
        new(AuthorizationDbContextFactory.Npgsql(new DbContextOptionsBuilder<NpgsqlAuthorizationDbContext>(), "Host=localhost;Database=dialogtokens").Options);
}
