using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DialogTokens.Authorization.Tests.Persistence;

/// <summary>The migrations of each provider: they apply to an empty database, match the model, and apply once.</summary>
public abstract class MigrationTests(AuthorizationStoreProvider provider) : StoreTest(provider)
{
    [Fact]
    public async Task Migrate_FromEmpty_AppliesEveryMigrationOfThisProvider_IntoItsOwnHistoryTable()
    {
        await using var db = OpenContext();
        var all = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();

        Assert.NotEmpty(all);
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Equal(all.Count, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__authorization_migrations\"").SingleAsync(Ct));
    }

    [Fact]
    public async Task Migrations_MatchTheModel()
    {
        await using var db = OpenContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {Provider} migrations lag behind the model: add one with dotnet ef (docs/authorization.md, \"Persistence\").");
    }

    [Fact]
    public async Task Migrate_Again_ChangesNothing()
    {
        await Store.ImportAsync(World.Data, Ct);
        var before = await SnapshotAsync();

        await Store.MigrateAsync(Ct);
        await NewStore().MigrateAsync(Ct);

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Model_HasTheTablesKeysAndUniqueIndexes_TheStoreReliesOn()
    {
        await using var db = OpenContext();
        var parties = db.Model.FindEntityType(typeof(PartyRow))!;

        Assert.Equal(
            ["authorization_access_package_assignments", "authorization_parties", "authorization_role_assignments", "authorization_service_resources"],
            db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["organization_number", "person_identifier", "user_id"],
            parties.GetIndexes().Where(i => i.IsUnique).Select(i => i.Properties.Single().GetColumnName()).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["holder_party_id", "for_party_id", "role_code"],
            db.Model.FindEntityType(typeof(RoleAssignmentRow))!.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()));
    }
}

public sealed class SqliteMigrationTests() : MigrationTests(AuthorizationStoreProvider.Sqlite);

public sealed class PostgreSqlMigrationTests() : MigrationTests(AuthorizationStoreProvider.PostgreSql);
