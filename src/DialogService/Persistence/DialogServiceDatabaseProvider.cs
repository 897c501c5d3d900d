namespace DialogTokens.DialogService.Persistence;

/// <summary>The database behind the dialog service.</summary>
public enum DialogServiceDatabaseProvider
{
    /// <summary>SQLite: a file on this machine. The default, for one instance.</summary>
    Sqlite,

    /// <summary>PostgreSQL: what production runs, shared by every instance.</summary>
    PostgreSql,
}
