namespace DialogTokens.Authorization;

/// <summary>The database behind the EF Core authorization store.</summary>
public enum AuthorizationStoreProvider
{
    /// <summary>SQLite: a file on this machine. The default, for one instance.</summary>
    Sqlite,

    /// <summary>PostgreSQL: what production runs, shared by every instance.</summary>
    PostgreSql,
}
