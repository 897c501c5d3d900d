using System.Net.Http.Json;
using System.Text.Json;

namespace DialogTokens.Portal.Client.Api;

/// <summary>
/// The dialog service's end-user API, called with the user's access token (the <see cref="HttpClient"/>'s handler adds
/// it). Every answer is a value or a status with its problem; a dialog is the one call that issues a dialog token.
/// </summary>
public sealed class DialogServiceClient(HttpClient http)
{
    /// <summary>How many dialogs a page of the list holds.</summary>
    public const int PageSize = 10;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<ApiResult<AuthorizedPartyList>> GetPartiesAsync(CancellationToken cancellationToken) =>
        GetAsync<AuthorizedPartyList>("api/v1/enduser/parties", cancellationToken);

    /// <summary>A page of <paramref name="party"/>'s dialogs; <paramref name="continuationToken"/> is the previous page's, or null for the first.</summary>
    public Task<ApiResult<DialogList>> ListDialogsAsync(string party, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(party);
        var query = $"api/v1/enduser/dialogs?party={Uri.EscapeDataString(party)}&limit={PageSize}";
        if (continuationToken is not null)
        {
            query += "&continuationToken=" + Uri.EscapeDataString(continuationToken);
        }

        return GetAsync<DialogList>(query, cancellationToken);
    }

    public Task<ApiResult<DialogDetails>> GetDialogAsync(Guid dialogId, CancellationToken cancellationToken) =>
        GetAsync<DialogDetails>($"api/v1/enduser/dialogs/{dialogId}", cancellationToken);

    private async Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/json");
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return new ApiResult<T>(null, null, null);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                return new ApiResult<T>(null, status, Problem.TryParse(await response.Content.ReadAsStringAsync(cancellationToken)));
            }

            try
            {
                return new ApiResult<T>(await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), status, null);
            }
            catch (JsonException)
            {
                return new ApiResult<T>(null, status, null);
            }
        }
    }
}
