using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Problems;

/// <summary>Writes every problem as <c>application/problem+json</c>, whatever the <c>Accept</c> header says (RFC 9457 §3).</summary>
internal sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> options, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var problem = context.ProblemDetails;
        context.HttpContext.Response.ContentType = "application/problem+json";
        var type = problem is HttpValidationProblemDetails ? typeof(HttpValidationProblemDetails) : typeof(Microsoft.AspNetCore.Mvc.ProblemDetails);
        return new ValueTask(JsonSerializer.SerializeAsync(context.HttpContext.Response.Body, problem, type, json.Value.SerializerOptions, context.HttpContext.RequestAborted));
    }
}
