using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace DialogTokens.Samples.ServiceProvider.ServiceOwnerApi;

/// <summary>
/// The few calls of the dialog service's service-owner API that the sample makes. Each returns what the dialog service
/// said (<see cref="DialogServiceAnswer"/>), never throws for it: a refusal, a 5xx, an unreachable or slow service and
/// a body that is not a dialog are all answers. Only the caller's own cancellation throws.
/// </summary>
public sealed partial class DialogServiceClient(HttpClient http, ServiceOwnerTokenSource tokens, IOptions<ServiceOwnerOptions> options, ILogger<DialogServiceClient> logger)
{
    /// <summary>The dialog as its service owner sees it, with its revision (ETag).</summary>
    public async Task<DialogServiceAnswer> GetAsync(Guid dialogId, CancellationToken cancellationToken)
    {
        return await SendAsync(HttpMethod.Get, dialogId, etag: null, body: null, ReadDialogAsync, cancellationToken);

        async Task<DialogServiceAnswer> ReadDialogAsync(HttpResponseMessage response)
        {
            JsonObject? dialog;
            try
            {
                dialog = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
            {
                return Garbage(dialogId, $"a body that is not a JSON object ({response.Content.Headers.ContentType?.MediaType ?? "no content type"})");
            }

            if (dialog?["content"] is not JsonObject)
            {
                return Garbage(dialogId, "a dialog without content");
            }

            if (response.Headers.ETag is not { IsWeak: false } etag)
            {
                return Garbage(dialogId, "no strong ETag");
            }

            // The service-owner GET returns deleted dialogs too: a change to one would only be refused with 410.
            return dialog["deletedAt"] is JsonValue deletedAt
                ? new DialogServiceAnswer(DialogServiceStatus.Deleted, $"The dialog {dialogId} was deleted at {deletedAt}.")
                : new DialogServiceAnswer(DialogServiceStatus.Ok, "OK.", dialog, etag.ToString());
        }
    }

    /// <summary>Replaces the dialog if it is still at <paramref name="etag"/>; <see cref="DialogServiceStatus.RevisionMismatch"/> when someone else changed it first.</summary>
    public Task<DialogServiceAnswer> ReplaceAsync(Guid dialogId, JsonObject dialog, string etag, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, dialogId, etag, dialog, static _ => Task.FromResult(DialogServiceAnswer.Ok), cancellationToken);

    /// <summary>Soft-deletes the dialog.</summary>
    public Task<DialogServiceAnswer> DeleteAsync(Guid dialogId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, dialogId, etag: null, body: null, static _ => Task.FromResult(DialogServiceAnswer.Ok), cancellationToken);

    private async Task<DialogServiceAnswer> SendAsync(
        HttpMethod method, Guid dialogId, string? etag, JsonObject? body, Func<HttpResponseMessage, Task<DialogServiceAnswer>> readSuccess, CancellationToken cancellationToken)
    {
        try
        {
            using var request = await RequestAsync(method, dialogId, cancellationToken);
            if (etag is not null)
            {
                request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
            }

            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            return response.StatusCode switch
            {
                _ when response.IsSuccessStatusCode => await readSuccess(response),
                HttpStatusCode.NotFound => new(DialogServiceStatus.NotFound, $"The dialog service has no dialog {dialogId} for the sample's organization."),
                HttpStatusCode.Gone => new(DialogServiceStatus.Deleted, $"The dialog {dialogId} was deleted."),
                HttpStatusCode.PreconditionFailed => new(DialogServiceStatus.RevisionMismatch, $"The dialog {dialogId} changed while the sample changed it."),
                _ => await RefusedAsync(method, dialogId, response, cancellationToken),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout (ServiceOwner:Timeout) elapsed; the caller's own cancellation is rethrown above.
            LogUnavailable(logger, method.Method, dialogId, "no answer in time");
            return new(DialogServiceStatus.Unavailable, $"The dialog service did not answer within {options.Value.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException e) when (e.StatusCode is { } status)
        {
            // The token endpoint (ServiceOwnerTokenSource) answered an error.
            LogUnavailable(logger, method.Method, dialogId, $"the token endpoint answered {(int)status}");
            return (int)status == StatusCodes.Status503ServiceUnavailable
                ? new(DialogServiceStatus.Unavailable, "The sample's token endpoint answered 503.")
                : new(DialogServiceStatus.Failed, $"The sample's token endpoint answered {(int)status}, so the dialog service could not be called.");
        }
        catch (HttpRequestException e)
        {
            LogUnavailable(logger, method.Method, dialogId, e.HttpRequestError.ToString());
            return new(DialogServiceStatus.Unavailable, $"The dialog service could not be reached ({e.HttpRequestError}).");
        }
    }

    private async Task<DialogServiceAnswer> RefusedAsync(HttpMethod method, Guid dialogId, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;

        // The problem body says what the dialog service refused; it goes to the sample's log, not to the user.
        var problem = await response.Content.ReadAsStringAsync(cancellationToken);
        LogRefused(logger, method.Method, dialogId, status, problem.Length > 1000 ? problem[..1000] : problem);
        return status == StatusCodes.Status503ServiceUnavailable
            ? new(DialogServiceStatus.Unavailable, $"The dialog service answered 503 to the sample's {method} of dialog {dialogId}.")
            : new(DialogServiceStatus.Failed, $"The dialog service answered {status} to the sample's {method} of dialog {dialogId}; the sample's log has its problem.");
    }

    private DialogServiceAnswer Garbage(Guid dialogId, string what)
    {
        LogGarbage(logger, dialogId, what);
        return new(DialogServiceStatus.Failed, $"The dialog service answered the GET of dialog {dialogId} with {what}.");
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, Guid dialogId, CancellationToken cancellationToken)
    {
        // A base with a path (…/dialogporten) needs its trailing slash, or the relative URI would replace its last segment.
        var baseUri = options.Value.DialogServiceUri!.ToString().TrimEnd('/') + "/";
        var request = new HttpRequestMessage(method, new Uri(new Uri(baseUri), $"api/v1/serviceowner/dialogs/{dialogId}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        return request;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dialog service answered {Status} to {Method} of dialog {DialogId}: {Problem}")]
    private static partial void LogRefused(ILogger logger, string method, Guid dialogId, int status, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dialog service answered the GET of dialog {DialogId} with {What}.")]
    private static partial void LogGarbage(ILogger logger, Guid dialogId, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} of dialog {DialogId} did not reach the dialog service: {Reason}.")]
    private static partial void LogUnavailable(ILogger logger, string method, Guid dialogId, string reason);
}
