using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DialogTokens.AspNetCore;

/// <summary>Writes a row of <see cref="DialogTokenProblemTypes"/>, through the host's problem details service when it has one.</summary>
internal static class DialogTokenProblem
{
    public static Task WriteAsync(HttpContext context, DialogTokenProblemType row, string detail, string? code)
    {
        var problem = new ProblemDetails { Type = row.Type, Title = row.Title, Status = row.Status, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        return context.Response.HasStarted ? Task.CompletedTask : TypedResults.Problem(problem).ExecuteAsync(context);
    }
}
