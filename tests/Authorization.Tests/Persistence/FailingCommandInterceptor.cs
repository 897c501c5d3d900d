using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DialogTokens.Authorization.Tests.Persistence;

/// <summary>Fails the first command that inserts into <paramref name="table"/>, after recording (unquoted) every command before it.</summary>
internal sealed class FailingCommandInterceptor(string table) : DbCommandInterceptor
{
    public const string Message = "Simulated failure mid-import.";

    public List<string> Executed { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        Check(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        Check(command, result);

    private ValueTask<T> Check<T>(DbCommand command, T result)
    {
        // SQLite quotes every identifier, Npgsql only those that need it.
        var sql = command.CommandText.Replace("\"", "", StringComparison.Ordinal);
        if (sql.Contains($"INSERT INTO {table} ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(Message);
        }

        Executed.Add(sql);
        return ValueTask.FromResult(result);
    }
}
