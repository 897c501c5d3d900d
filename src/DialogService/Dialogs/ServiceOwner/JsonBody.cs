using System.Text.Json;
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
            return (null, DialogProblem.Create(DialogProblemTypes.ContentType, $"The body must be application/json (was '{request.ContentType}')."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, DialogProblem.Create(DialogProblemTypes.TooLarge, $"The body is {request.ContentLength} bytes; at most {MaxBytes} are accepted."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, DialogProblem.Create(DialogProblemTypes.TooLarge, $"The body is larger than {MaxBytes} bytes."));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, DialogProblem.Create(DialogProblemTypes.Malformed, "The body is empty; a JSON object is required."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options);
            return value is null
                ? (null, DialogProblem.Create(DialogProblemTypes.Malformed, "The body is JSON null; a JSON object is required."))
                : (value, null);
        }
        catch (JsonException exception)
        {
            // The reader's message names the path and position; it never contains more than the offending token.
            return (null, DialogProblem.Create(DialogProblemTypes.Malformed, $"The body is not a valid request: {exception.Message}"));
        }
    }
}
