using Microsoft.Net.Http.Headers;

namespace DialogTokens.DialogService.Problems;

/// <summary>Answers 406 with a problem body when the <c>Accept</c> header excludes JSON (RFC 9110 §12.5.1, §15.5.7).</summary>
internal sealed class RequireJsonAcceptFilter : IEndpointFilter
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return AcceptsJson(context.HttpContext.Request.Headers.Accept)
            ? next(context)
            : ValueTask.FromResult<object?>(DialogProblem.Create(
                DialogProblemTypes.NotAcceptable,
                "This resource is only available as application/json; the Accept header excludes it."));
    }

    internal static bool AcceptsJson(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return true; // an unreadable Accept header is ignored (RFC 9110 §12.5.1 lets a server disregard it)
        }

        return ranges.Any(r => r.Quality is not 0 && Json.IsSubsetOf(r));
    }
}
