using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace DialogTokens.Samples.ServiceProvider.ServiceOwnerApi;

/// <summary>The few calls of the dialog service's service-owner API that the sample makes.</summary>
public sealed class DialogServiceClient(HttpClient http, ServiceOwnerTokenSource tokens, IOptions<ServiceOwnerOptions> options)
{
    /// <summary>The dialog as its service owner sees it, with its revision (ETag), or null when it does not exist.</summary>
    public async Task<(JsonObject Dialog, string ETag)?> GetAsync(Guid dialogId, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(HttpMethod.Get, dialogId, cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        var dialog = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? throw new InvalidOperationException("The dialog service answered null.");
        return (dialog, response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("The dialog service sent no ETag."));
    }

    /// <summary>Replaces the dialog if it is still at <paramref name="etag"/>; false when someone else changed it first (412).</summary>
    public async Task<bool> ReplaceAsync(Guid dialogId, JsonObject dialog, string etag, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(HttpMethod.Put, dialogId, cancellationToken);
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        request.Content = JsonContent.Create(dialog);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            return false;
        }

        await EnsureSuccessAsync(response, cancellationToken);
        return true;
    }

    /// <summary>Soft-deletes the dialog; a dialog already deleted counts as done.</summary>
    public async Task DeleteAsync(Guid dialogId, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(HttpMethod.Delete, dialogId, cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Gone)
        {
            await EnsureSuccessAsync(response, cancellationToken);
        }
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, Guid dialogId, CancellationToken cancellationToken)
    {
        // A base with a path (…/dialogporten) needs its trailing slash, or the relative URI would replace its last segment.
        var baseUri = options.Value.DialogServiceUri!.ToString().TrimEnd('/') + "/";
        var request = new HttpRequestMessage(method, new Uri(new Uri(baseUri), $"api/v1/serviceowner/dialogs/{dialogId}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        return request;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            // The problem body says what the dialog service refused; keep it for the log.
            var problem = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"The dialog service answered {(int)response.StatusCode}: {problem}", null, response.StatusCode);
        }
    }
}
