using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DialogTokens.DialogService.Problems;

/// <summary>Builds the responses of <see cref="DialogProblemTypes"/>; the problem details service adds the trace id.</summary>
internal static class DialogProblem
{
    public static ProblemHttpResult Create(DialogProblemType problem, string detail) =>
        TypedResults.Problem(new ProblemDetails { Type = problem.Type, Title = problem.Title, Status = problem.Status, Detail = detail });

    /// <summary>A 400 listing every violation, keyed by the field's JSON path (RFC 9457 §3.2 extension <c>errors</c>).</summary>
    public static ProblemHttpResult Validation(IReadOnlyDictionary<string, string[]> errors)
    {
        var count = errors.Values.Sum(v => v.Length);
        var details = new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Type = DialogProblemTypes.ValidationFailed.Type,
            Title = DialogProblemTypes.ValidationFailed.Title,
            Status = DialogProblemTypes.ValidationFailed.Status,
            Detail = count == 1 ? "The request breaks 1 rule; see errors." : $"The request breaks {count} rules; see errors.",
        };
        return TypedResults.Problem(details);
    }

    /// <summary>Writes a problem outside an endpoint (authentication challenges, middleware).</summary>
    public static Task WriteAsync(HttpContext context, DialogProblemType problem, string detail) =>
        Create(problem, detail).ExecuteAsync(context);
}
