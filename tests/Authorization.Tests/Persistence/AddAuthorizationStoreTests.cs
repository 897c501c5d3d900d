using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DialogTokens.Authorization.Tests.Persistence;

public sealed class AddAuthorizationStoreTests
{
    [Fact]
    public void AddAuthorizationStore_CalledTwice_RegistersOneStoreAndOneValidator()
    {
        var services = new ServiceCollection();

        services.AddAuthorizationStore(Configuration()).AddAuthorizationStore(Configuration());

        Assert.Single(services, d => d.ServiceType == typeof(IAuthorizationStore));
        Assert.Single(services, d => d.ServiceType == typeof(EfAuthorizationStore));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<AuthorizationStoreOptions>));
    }

    [Fact]
    public void AddAuthorizationStore_BindsItsSection_AndServesOneEfStore()
    {
        using var provider = new ServiceCollection()
            .AddAuthorizationStore(Configuration(("AuthorizationStore:Provider", "PostgreSql"), ("AuthorizationStore:ConnectionString", "Host=db;Database=x")))
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AuthorizationStoreOptions>>().Value;
        Assert.Equal((AuthorizationStoreProvider.PostgreSql, "Host=db;Database=x"), (options.Provider, options.ConnectionString));
        Assert.Same(provider.GetRequiredService<EfAuthorizationStore>(), provider.GetRequiredService<IAuthorizationStore>());
    }

    [Fact]
    public void AddAuthorizationStore_ReplacesAStoreRegisteredBefore()
    {
        var services = new ServiceCollection().AddSingleton<IAuthorizationStore>(_ => throw new InvalidOperationException("not this one"));

        using var provider = services.AddAuthorizationStore(Configuration()).BuildServiceProvider();

        Assert.IsType<EfAuthorizationStore>(provider.GetRequiredService<IAuthorizationStore>());
    }

    [Fact]
    public async Task Start_FailsWithEveryOptionsProblem_WhenTheConfigurationIsBad()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAuthorizationStore(Configuration(("AuthorizationStore:Provider", "PostgreSql"), ("AuthorizationStore:ConnectionString", "Port=5432")));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(
            ["AuthorizationStore:ConnectionString for PostgreSql needs 'Host'.", "AuthorizationStore:ConnectionString for PostgreSql needs 'Database'."],
            error.Failures);
    }

    [Fact]
    public async Task MigrateAuthorizationDatabase_CreatesASqliteFile_InAFolderThatDidNotExist()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"dialogtokens-di-{Guid.NewGuid():N}");
        var file = Path.Combine(folder, "data", "authorization.db");
        try
        {
            await using (var provider = new ServiceCollection().AddAuthorizationStore(Configuration(("AuthorizationStore:ConnectionString", $"Data Source={file}"))).BuildServiceProvider())
            {
                await provider.MigrateAuthorizationDatabaseAsync(TestContext.Current.CancellationToken);
                await provider.GetRequiredService<IAuthorizationStore>().SaveResourceAsync(World.Resource, TestContext.Current.CancellationToken);

                Assert.Equal(World.Resource, await provider.GetRequiredService<IAuthorizationStore>().FindResourceAsync(World.Resource.Id, TestContext.Current.CancellationToken));
            }

            Assert.True(File.Exists(file));
        }
        finally
        {
            using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}"))
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
