using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using DialogTokens.Authorization;
using DialogTokens.DialogService.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>
/// Reads a JSON request body with our own errors: 415 for another content type, 400 saying where the JSON broke
/// (instead of the framework's bare 400), and a size cap, since a dialog is a few kilobytes.
/// </summary>
internal static class JsonBody
{
    public const int MaxBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowDuplicateProperties = false,
        MaxDepth = 16,
    };

    public static async Task<JsonBodyRead<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return JsonBodyRead<T>.Refused(DialogProblem.Create(DialogProblemTypes.ContentTypeUnsupported, $"The body must be application/json (was '{UntrustedText.Quote(request.ContentType, 100)}')."));
        }

        // The PDP's bounded reader: pooled buffers, refused one byte past the cap whatever Content-Length said.
        using var body = await BoundedBody.ReadAsync(request.Body, request.ContentLength, MaxBytes, cancellationToken);
        if (body.TooLarge)
        {
            return JsonBodyRead<T>.Refused(DialogProblem.Create(DialogProblemTypes.RequestTooLarge, $"The body is larger than {MaxBytes} bytes."));
        }

        if (body.Length == 0)
        {
            return JsonBodyRead<T>.Refused(DialogProblem.Create(DialogProblemTypes.RequestMalformed, "The body is empty; a JSON object is required."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body.Span, Options);
            return value is null
                ? JsonBodyRead<T>.Refused(DialogProblem.Create(DialogProblemTypes.RequestMalformed, "The body is JSON null; a JSON object is required."))
                : JsonBodyRead<T>.Read(value);
        }
        catch (JsonException exception)
        {
            // Where the JSON broke, in the caller's terms: the serializer's own message names .NET types.
            return JsonBodyRead<T>.Refused(DialogProblem.Create(DialogProblemTypes.RequestMalformed, $"The body is not a valid request: {JsonErrorDescription.Describe(exception)}"));
        }
    }
}

/// <summary>What <see cref="JsonBody.ReadAsync{T}"/> read: the value, or the problem that answers the request.</summary>
internal readonly struct JsonBodyRead<T>
    where T : class
{
    private readonly T? value;
    private readonly ProblemHttpResult? problem;

    private JsonBodyRead(T? value, ProblemHttpResult? problem)
    {
        this.value = value;
        this.problem = problem;
    }

    public static JsonBodyRead<T> Read(T value) => new(value, null);

    public static JsonBodyRead<T> Refused(ProblemHttpResult problem) => new(null, problem);

    public bool TryGetValue([NotNullWhen(true)] out T? value, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        value = this.value;
        problem = this.problem;
        return value is not null;
    }
}
