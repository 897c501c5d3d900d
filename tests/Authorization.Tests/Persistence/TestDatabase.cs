namespace DialogTokens.Authorization.Tests.Persistence;

/// <summary>An empty database of its own for one test, dropped (or deleted) when the test ends.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>Options that point the store at this database.</summary>
    public abstract AuthorizationStoreOptions Options { get; }

    /// <summary>A new, empty database of <paramref name="provider"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(AuthorizationStoreProvider provider) => provider switch
    {
        AuthorizationStoreProvider.Sqlite => SqliteTestDatabase.Create(),
        AuthorizationStoreProvider.PostgreSql => await PostgreSqlTestDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public abstract ValueTask DisposeAsync();
}
