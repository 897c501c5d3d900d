using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DialogTokens.Authorization;

/// <summary>
/// Where the EF Core authorization store keeps its data. Bound from the configuration section
/// <see cref="SectionName"/> (<c>AuthorizationStore:Provider</c>, <c>AuthorizationStore:ConnectionString</c>).
/// </summary>
public sealed class AuthorizationStoreOptions
{
    /// <summary>The configuration section the options are bound from: <c>AuthorizationStore</c>.</summary>
    public const string SectionName = "AuthorizationStore";

    /// <summary>The default connection string: <c>Data Source=authorization.db</c>, a SQLite file in the working directory.</summary>
    public const string DefaultConnectionString = "Data Source=authorization.db";

    /// <summary>The database. Default <see cref="AuthorizationStoreProvider.Sqlite"/>.</summary>
    public AuthorizationStoreProvider Provider { get; set; } = AuthorizationStoreProvider.Sqlite;

    /// <summary>
    /// The provider's connection string: <c>Data Source=&lt;file&gt;</c> for SQLite,
    /// <c>Host=…;Port=…;Username=…;Password=…;Database=…</c> for PostgreSQL. Default <see cref="DefaultConnectionString"/>.
    /// </summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>Every problem with these options, at once; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Provider))
        {
            errors.Add($"{SectionName}:Provider '{Provider}' is not one of {string.Join(", ", Enum.GetNames<AuthorizationStoreProvider>())}.");
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            errors.Add($"{SectionName}:ConnectionString is required.");
            return errors;
        }

        switch (Provider)
        {
            case AuthorizationStoreProvider.Sqlite:
                ValidateConnectionString(new SqliteConnectionStringBuilder(), errors, ("Data Source", b => ((SqliteConnectionStringBuilder)b).DataSource));
                break;
            case AuthorizationStoreProvider.PostgreSql:
                ValidateConnectionString(
                    new NpgsqlConnectionStringBuilder(),
                    errors,
                    ("Host", b => ((NpgsqlConnectionStringBuilder)b).Host),
                    ("Database", b => ((NpgsqlConnectionStringBuilder)b).Database));
                break;
        }

        return errors;
    }

    private void ValidateConnectionString(DbConnectionStringBuilder builder, List<string> errors, params (string Name, Func<DbConnectionStringBuilder, string?> Read)[] required)
    {
        try
        {
            builder.ConnectionString = ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            // The message names the bad keyword; the connection string itself may hold a password, so it is not echoed.
            errors.Add($"{SectionName}:ConnectionString is not a valid {Provider} connection string: {e.Message}");
            return;
        }

        foreach (var (name, read) in required)
        {
            if (string.IsNullOrWhiteSpace(read(builder)))
            {
                errors.Add($"{SectionName}:ConnectionString for {Provider} needs '{name}'.");
            }
        }
    }
}
