using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.Keys;
using Microsoft.EntityFrameworkCore;

namespace DialogTokens.DialogService.Persistence;

/// <summary>
/// The dialog service's tables. One model for every provider; each provider has a derived context so that its
/// migrations stay apart. Tables are prefixed <c>dialogservice_</c> and the history table is
/// <see cref="MigrationsHistoryTable"/>, because the authorization store may share the database.
/// </summary>
internal abstract class DialogServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__dialogservice_migrations";

    public DbSet<SigningKeyRow> SigningKeys => Set<SigningKeyRow>();

    public DbSet<DialogRow> Dialogs => Set<DialogRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        SigningKeyRow.Build(modelBuilder);
        DialogRow.Build(modelBuilder);
    }
}

/// <summary>The dialog service on SQLite; its migrations are in <c>Persistence/Migrations/Sqlite</c>.</summary>
internal sealed class SqliteDialogServiceDbContext(DbContextOptions<SqliteDialogServiceDbContext> options) : DialogServiceDbContext(options);

/// <summary>The dialog service on PostgreSQL; its migrations are in <c>Persistence/Migrations/PostgreSql</c>.</summary>
internal sealed class NpgsqlDialogServiceDbContext(DbContextOptions<NpgsqlDialogServiceDbContext> options) : DialogServiceDbContext(options);
