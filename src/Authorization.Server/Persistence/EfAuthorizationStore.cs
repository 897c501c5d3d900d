using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DialogTokens.Authorization;

/// <summary>
/// The authorization store over EF Core: SQLite by default, PostgreSQL by configuration, the same code on both.
/// Thread-safe: every call uses its own pooled context, so one instance serves the whole application.
/// Register it with <see cref="AuthorizationStoreServiceCollectionExtensions.AddAuthorizationStore(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>
/// and create or upgrade its tables with <see cref="MigrateAsync"/> before first use.
/// </summary>
public sealed partial class EfAuthorizationStore : IAuthorizationStore
{
    private readonly AuthorizationDbContextFactory contexts;
    private readonly TimeProvider timeProvider;

    internal EfAuthorizationStore(AuthorizationDbContextFactory contexts, TimeProvider timeProvider)
    {
        this.contexts = contexts;
        this.timeProvider = timeProvider;
    }

    /// <summary>A store over <paramref name="options"/>, outside dependency injection (tools, tests).</summary>
    /// <exception cref="ArgumentException">The options are not valid; the message lists every problem.</exception>
    public static EfAuthorizationStore Create(AuthorizationStoreOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count > 0
            ? throw new ArgumentException(string.Join(" ", errors), nameof(options))
            : new EfAuthorizationStore(new AuthorizationDbContextFactory(options), timeProvider ?? TimeProvider.System);
    }

    /// <summary>
    /// Creates the tables, or brings them up to date, with this provider's migrations (history in
    /// <c>__authorization_migrations</c>). Safe to run on every start and from several instances at once.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (contexts.Provider == AuthorizationStoreProvider.Sqlite)
        {
            CreateSqliteDirectory(contexts.ConnectionString);
        }

        await using var db = contexts.CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<ServiceResource?> FindResourceAsync(string resourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resourceId);
        await using var db = contexts.CreateDbContext();
        var row = await db.Resources.AsNoTracking().FirstOrDefaultAsync(r => r.Id == resourceId, cancellationToken);
        return row?.ToServiceResource();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ServiceResource>> ListResourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Resources.AsNoTracking().ToListAsync(cancellationToken);

        // Ordered here, not in SQL: PostgreSQL's collation would sort differently from SQLite's.
        return [.. rows.Select(r => r.ToServiceResource()).OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc/>
    public async Task SaveResourceAsync(ServiceResource resource, CancellationToken cancellationToken = default) =>
        await ImportAsync(new AuthorizationData { Resources = [resource] }, cancellationToken);

    /// <inheritdoc/>
    public async Task<Party?> FindPartyAsync(PartyLookup lookup, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var parties = db.Parties.AsNoTracking();
        var query = lookup.AttributeId switch
        {
            AltinnXacml.PartyId when ParseId(lookup.Value) is { } id => parties.Where(p => p.PartyId == id),
            AltinnXacml.UserId when ParseId(lookup.Value) is { } id => parties.Where(p => p.UserId == id),
            AltinnXacml.PersonIdentifier => parties.Where(p => p.PersonIdentifier == lookup.Value),
            AltinnXacml.OrganizationIdentifier => parties.Where(p => p.OrganizationNumber == lookup.Value),
            _ => null,
        };
        return query is null ? null : (await query.FirstOrDefaultAsync(cancellationToken))?.ToParty();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Party>> ListSubUnitsAsync(int mainUnitPartyId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Parties.AsNoTracking().Where(p => p.MainUnitPartyId == mainUnitPartyId).OrderBy(p => p.PartyId).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToParty())];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> GetRoleCodesAsync(int holderPartyId, int forPartyId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var codes = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.HolderPartyId == holderPartyId && r.ForPartyId == forPartyId)
            .Select(r => r.RoleCode)
            .ToListAsync(cancellationToken);
        return [.. codes.Order(StringComparer.Ordinal)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> GetAccessPackagesAsync(int holderPartyId, int forPartyId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var packages = await db.AccessPackageAssignments.AsNoTracking()
            .Where(p => p.HolderPartyId == holderPartyId && p.ForPartyId == forPartyId)
            .Select(p => p.AccessPackage)
            .ToListAsync(cancellationToken);
        return [.. packages.Order(StringComparer.Ordinal)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Party>> ListPartiesWithRightsAsync(int holderPartyId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var viaRoles = db.RoleAssignments.Where(r => r.HolderPartyId == holderPartyId).Select(r => r.ForPartyId);
        var viaPackages = db.AccessPackageAssignments.Where(p => p.HolderPartyId == holderPartyId).Select(p => p.ForPartyId);
        var rows = await db.Parties.AsNoTracking()
            .Where(p => viaRoles.Contains(p.PartyId) || viaPackages.Contains(p.PartyId))
            .OrderBy(p => p.PartyId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToParty())];
    }

    private static int? ParseId(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>SQLite creates the file but not its folder; <c>Data Source=data/authorization.db</c> should just work.</summary>
    private static void CreateSqliteDirectory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is { Length: > 0 } file && file != ":memory:" && !file.StartsWith("file:", StringComparison.Ordinal)
            && Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
    }
}
