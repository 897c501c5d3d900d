using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DialogTokens.DialogService.Problems;

/// <summary>Problem details for every error the host writes, our own and the framework's, each with a trace id.</summary>
internal static class ProblemDetailsServiceCollectionExtensions
{
    public static IServiceCollection AddDialogServiceProblemDetails(this IServiceCollection services)
    {
        // Ahead of the default writer, which declines when Accept excludes JSON: a 406 still carries its problem body.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, ProblemJsonWriter>());
        return services.AddProblemDetails(options => options.CustomizeProblemDetails = Customize);
    }

    private static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(problem.Status.Value);

        // Statuses the framework answers itself get their row of the table, so clients see one set of types.
        switch (problem.Status)
        {
            case StatusCodes.Status500InternalServerError when context.Exception is not null || problem.Type is null || !problem.Type.StartsWith(DialogProblemTypes.Prefix, StringComparison.Ordinal):
                // Never the exception's message or stack trace.
                Apply(problem, DialogProblemTypes.InternalError, "An unexpected error occurred; the trace id finds it in the service's logs.");
                break;
            case StatusCodes.Status415UnsupportedMediaType when !IsOurs(problem):
                Apply(problem, DialogProblemTypes.ContentTypeUnsupported, $"The body must be application/json (was '{UntrustedText.Quote(context.HttpContext.Request.ContentType, 100)}').");
                break;
            case StatusCodes.Status400BadRequest when !IsOurs(problem):
                Apply(problem, DialogProblemTypes.RequestMalformed, problem.Detail ?? "The request could not be read (a route or query value of the wrong form).");
                break;
        }
    }

    private static bool IsOurs(Microsoft.AspNetCore.Mvc.ProblemDetails problem) =>
        problem.Type?.StartsWith(DialogProblemTypes.Prefix, StringComparison.Ordinal) == true;

    private static void Apply(Microsoft.AspNetCore.Mvc.ProblemDetails problem, DialogProblemType row, string detail)
    {
        problem.Type = row.Type;
        problem.Title = row.Title;
        problem.Detail = detail;
    }
}
