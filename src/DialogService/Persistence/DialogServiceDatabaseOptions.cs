using Microsoft.Data.Sqlite;
using Npgsql;

namespace DialogTokens.DialogService.Persistence;

/// <summary>
/// Where the dialog service keeps its data. Bound from <see cref="SectionName"/>
/// (<c>DialogService:Database:Provider</c>, <c>DialogService:Database:ConnectionString</c>).
/// </summary>
public sealed class DialogServiceDatabaseOptions
{
    /// <summary>The configuration section: <c>DialogService:Database</c>.</summary>
    public const string SectionName = "DialogService:Database";

    /// <summary>The default connection string: <c>Data Source=dialogservice.db</c>, a SQLite file in the working directory.</summary>
    public const string DefaultConnectionString = "Data Source=dialogservice.db";

    /// <summary>The database. Default <see cref="DialogServiceDatabaseProvider.Sqlite"/>.</summary>
    public DialogServiceDatabaseProvider Provider { get; set; } = DialogServiceDatabaseProvider.Sqlite;

    /// <summary>The provider's connection string. Default <see cref="DefaultConnectionString"/>.</summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>Every problem with these options, at once; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Provider))
        {
            errors.Add($"{SectionName}:Provider '{Provider}' is not one of {string.Join(", ", Enum.GetNames<DialogServiceDatabaseProvider>())}.");
            return errors;
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            errors.Add($"{SectionName}:ConnectionString is required.");
            return errors;
        }

        try
        {
            var missing = Provider == DialogServiceDatabaseProvider.Sqlite
                ? string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(ConnectionString).DataSource)
                : string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(ConnectionString).Host);
            if (missing)
            {
                errors.Add($"{SectionName}:ConnectionString for {Provider} needs '{(Provider == DialogServiceDatabaseProvider.Sqlite ? "Data Source" : "Host")}'.");
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            // The connection string may hold a password, so it is not echoed.
            errors.Add($"{SectionName}:ConnectionString is not a valid {Provider} connection string: {e.Message}");
        }

        return errors;
    }
}
