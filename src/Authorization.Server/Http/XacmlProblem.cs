using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DialogTokens.Authorization;

/// <summary>Writes a row of <see cref="XacmlProblemTypes"/> as RFC 9457 problem details.</summary>
internal static class XacmlProblem
{
    public static IResult Create(HttpContext context, XacmlProblemType problem, string detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Type = problem.Type,
            Title = problem.Title,
            Status = problem.Status,
            Detail = detail,
            Instance = context.Request.Path,
            Extensions = { ["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier },
        });
}
