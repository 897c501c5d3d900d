using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Authorization.Tests.Persistence;

/// <summary>
/// Base of the tests that run on both providers: each test gets an empty database of its own, migrated, and an
/// <see cref="EfAuthorizationStore"/> over it with a fake clock.
/// </summary>
public abstract class StoreTest(AuthorizationStoreProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected AuthorizationStoreProvider Provider { get; } = provider;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    protected EfAuthorizationStore Store { get; private set; } = null!;

    protected TestDatabase Database => database ?? throw new InvalidOperationException("Not initialized.");

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Provider);
        Store = NewStore();
        await Store.MigrateAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Another store over the same database, with extra interceptors.</summary>
    private protected EfAuthorizationStore NewStore(params IInterceptor[] interceptors) =>
        new(new AuthorizationDbContextFactory(Database.Options, interceptors), Time);

    /// <summary>A context to look at the tables directly.</summary>
    private protected AuthorizationDbContext OpenContext() => new AuthorizationDbContextFactory(Database.Options).CreateDbContext();

    /// <summary>Everything in the store, in a comparable form.</summary>
    private protected Task<StoreSnapshot> SnapshotAsync() => StoreSnapshot.TakeAsync(OpenContext());
}
