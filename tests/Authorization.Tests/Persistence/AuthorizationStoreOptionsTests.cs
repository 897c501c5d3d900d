namespace DialogTokens.Authorization.Tests.Persistence;

public sealed class AuthorizationStoreOptionsTests
{
    [Fact]
    public void Defaults_AreASqliteFile_AndValid()
    {
        var options = new AuthorizationStoreOptions();

        Assert.Equal((AuthorizationStoreProvider.Sqlite, "Data Source=authorization.db"), (options.Provider, options.ConnectionString));
        Assert.Empty(options.Validate());
    }

    [Theory]
    [InlineData(AuthorizationStoreProvider.Sqlite, "Data Source=/var/lib/dialogtokens/authorization.db")]
    [InlineData(AuthorizationStoreProvider.PostgreSql, "Host=db;Port=5432;Username=app;Password=secret;Database=dialogtokens")]
    public void Validate_AcceptsAConnectionStringOfTheProvider(AuthorizationStoreProvider provider, string connectionString) =>
        Assert.Empty(new AuthorizationStoreOptions { Provider = provider, ConnectionString = connectionString }.Validate());

    [Fact]
    public void Validate_ListsEveryProblem_OfAPostgreSqlConnectionString()
    {
        var options = new AuthorizationStoreOptions { Provider = AuthorizationStoreProvider.PostgreSql, ConnectionString = "Port=5432;Password=secret" };

        Assert.Equal(
            ["AuthorizationStore:ConnectionString for PostgreSql needs 'Host'.", "AuthorizationStore:ConnectionString for PostgreSql needs 'Database'."],
            options.Validate());
    }

    [Fact]
    public void Validate_ListsAnUnknownProviderAndAMissingConnectionString_Together()
    {
        var options = new AuthorizationStoreOptions { Provider = (AuthorizationStoreProvider)7, ConnectionString = " " };

        Assert.Equal(2, options.Validate().Count);
    }

    [Theory]
    [InlineData(AuthorizationStoreProvider.Sqlite, "Data Source=a.db;Bogus=1;Password=hunter2")]
    [InlineData(AuthorizationStoreProvider.PostgreSql, "Host=db;Database=x;Bogus=1;Password=hunter2")]
    [InlineData(AuthorizationStoreProvider.Sqlite, "Data Source=")]
    public void Validate_RefusesAMalformedConnectionString_WithoutEchoingIt(AuthorizationStoreProvider provider, string connectionString)
    {
        var errors = new AuthorizationStoreOptions { Provider = provider, ConnectionString = connectionString }.Validate();

        var error = Assert.Single(errors);
        Assert.StartsWith("AuthorizationStore:ConnectionString", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Throws_ForInvalidOptions() =>
        Assert.Throws<ArgumentException>(() => EfAuthorizationStore.Create(new AuthorizationStoreOptions { ConnectionString = "" }));
}
