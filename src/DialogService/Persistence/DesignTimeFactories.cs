using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DialogTokens.DialogService.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the SQLite context without a host:
/// <c>dotnet ef migrations add NAME --project src/DialogService --context SqliteDialogServiceDbContext --output-dir Persistence/Migrations/Sqlite</c>.
/// </summary>
internal sealed class SqliteDialogServiceDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDialogServiceDbContext>
{
    public SqliteDialogServiceDbContext CreateDbContext(string[] args) =>
        new(DialogServiceDbContextFactory.Sqlite(new DbContextOptionsBuilder<SqliteDialogServiceDbContext>(), DialogServiceDatabaseOptions.DefaultConnectionString).Options);
}

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a host:
/// <c>dotnet ef migrations add NAME --project src/DialogService --context NpgsqlDialogServiceDbContext --output-dir Persistence/Migrations/PostgreSql</c>.
/// </summary>
internal sealed class NpgsqlDialogServiceDbContextDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlDialogServiceDbContext>
{
    public NpgsqlDialogServiceDbContext CreateDbContext(string[] args) =>
        new(DialogServiceDbContextFactory.Npgsql(new DbContextOptionsBuilder<NpgsqlDialogServiceDbContext>(), "Host=localhost;Database=dialogtokens").Options);
}
