using Microsoft.AspNetCore.Mvc;

namespace DialogTokens.Samples.ServiceProvider.Problems;

/// <summary>Builds the answers of <see cref="SampleProblemTypes"/>; the problem details service adds the trace id.</summary>
internal static class SampleProblem
{
    public static IResult Create(SampleProblemType row, string detail, int? retryAfterSeconds = null)
    {
        var problem = TypedResults.Problem(new ProblemDetails { Type = row.Type, Title = row.Title, Status = row.Status, Detail = detail });
        return retryAfterSeconds is { } seconds ? new RetryAfter(problem, seconds) : problem;
    }

    /// <summary>A 503 says when to try again (RFC 9110 §10.2.3).</summary>
    private sealed class RetryAfter(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
