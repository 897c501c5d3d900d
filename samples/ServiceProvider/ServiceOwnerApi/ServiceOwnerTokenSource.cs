using Microsoft.Extensions.Options;

namespace DialogTokens.Samples.ServiceProvider.ServiceOwnerApi;

/// <summary>Fetches and reuses the organization's token for the service-owner API (one fetch at a time).</summary>
public sealed class ServiceOwnerTokenSource(HttpClient http, IOptions<ServiceOwnerOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset fetchedAt;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (token is null || time.GetUtcNow() - fetchedAt >= options.Value.TokenReuse)
            {
                token = (await http.GetStringAsync(options.Value.TokenUri, cancellationToken)).Trim();
                fetchedAt = time.GetUtcNow();
            }

            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
