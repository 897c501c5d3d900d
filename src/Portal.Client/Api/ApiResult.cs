using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.Portal.Client.Api;

/// <summary>An answer of the dialog service: the value, or the status and problem that came instead.</summary>
/// <param name="Value">The value, when the answer was a success.</param>
/// <param name="Status">The HTTP status, or null when the request failed before an answer.</param>
/// <param name="Problem">The problem of an error answer, when it had one.</param>
public sealed record ApiResult<T>(T? Value, int? Status, Problem? Problem)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Value is not null;
}
