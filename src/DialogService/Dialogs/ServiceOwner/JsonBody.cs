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

    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, DialogProblem.Create(DialogProblemTypes.ContentTypeUnsupported, $"The body must be application/json (was '{Printable.Shorten(request.ContentType, 100)}')."));
        }

        // The PDP's bounded reader: pooled buffers, refused one byte past the cap whatever Content-Length said.
        using var body = await BoundedBody.ReadAsync(request.Body, request.ContentLength, MaxBytes, cancellationToken);
        if (body.TooLarge)
        {
            return (null, DialogProblem.Create(DialogProblemTypes.RequestTooLarge, $"The body is larger than {MaxBytes} bytes."));
        }

        if (body.Length == 0)
        {
            return (null, DialogProblem.Create(DialogProblemTypes.RequestMalformed, "The body is empty; a JSON object is required."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body.Span, Options);
            return value is null
                ? (null, DialogProblem.Create(DialogProblemTypes.RequestMalformed, "The body is JSON null; a JSON object is required."))
                : (value, null);
        }
        catch (JsonException exception)
        {
            // Where the JSON broke, in the caller's terms: the serializer's own message names .NET types.
            return (null, DialogProblem.Create(DialogProblemTypes.RequestMalformed, $"The body is not a valid request: {JsonErrorDescription.Describe(exception)}"));
        }
    }
}
