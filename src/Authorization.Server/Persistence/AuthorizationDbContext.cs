using Microsoft.EntityFrameworkCore;

namespace DialogTokens.Authorization;

/// <summary>
/// The authorization store's tables. One model for every provider; each provider has a derived context so that its
/// migrations stay apart (<see cref="SqliteAuthorizationDbContext"/>, <see cref="NpgsqlAuthorizationDbContext"/>).
/// Tables are prefixed <c>authorization_</c> and the history table is <see cref="MigrationsHistoryTable"/>, because the
/// dialog service keeps its own tables and migrations in the same database.
/// </summary>
internal abstract class AuthorizationDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__authorization_migrations";

    public DbSet<PartyRow> Parties => Set<PartyRow>();

    public DbSet<ServiceResourceRow> Resources => Set<ServiceResourceRow>();

    public DbSet<RoleAssignmentRow> RoleAssignments => Set<RoleAssignmentRow>();

    public DbSet<AccessPackageAssignmentRow> AccessPackageAssignments => Set<AccessPackageAssignmentRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => AuthorizationModel.Build(modelBuilder);
}

/// <summary>The store on SQLite; its migrations are in <c>Persistence/Migrations/Sqlite</c>.</summary>
internal sealed class SqliteAuthorizationDbContext(DbContextOptions<SqliteAuthorizationDbContext> options) : AuthorizationDbContext(options);

/// <summary>The store on PostgreSQL; its migrations are in <c>Persistence/Migrations/PostgreSql</c>.</summary>
internal sealed class NpgsqlAuthorizationDbContext(DbContextOptions<NpgsqlAuthorizationDbContext> options) : AuthorizationDbContext(options);
