using DialogTokens.Portal.Client.Api;
using DialogTokens.Portal.Client.ServiceProvider;

namespace DialogTokens.Portal.Client.Tokens;

/// <summary>
/// One open dialog and its token: loads the dialog, and loads it again shortly before the token expires
/// (<see cref="TokenLifetime"/>), so that the token the service provider sees is always fresh. It is also the token
/// source of calls to the service provider, which ask it for a fresh token after a 401 <c>token_expired</c>.
/// </summary>
public sealed class DialogSession(Func<CancellationToken, Task<ApiResult<DialogDetails>>> load, TimeProvider time) : IDialogTokenSource, IDisposable
{
    /// <summary>The wait before trying again when a background renewal failed.</summary>
    public static readonly TimeSpan RenewalRetryDelay = TimeSpan.FromSeconds(5);

    private ITimer? renewal;
    private Task<ApiResult<DialogDetails>>? pending;
    private bool disposed;

    /// <summary>Raised after every load, successful or not, from whatever context the load ran on.</summary>
    public event Action? Changed;

    /// <summary>The dialog as last loaded, or null before the first successful load.</summary>
    public DialogDetails? Dialog { get; private set; }

    /// <summary>The token of <see cref="Dialog"/>, decoded; null if it could not be read.</summary>
    public DecodedDialogToken? DecodedToken { get; private set; }

    /// <summary>When the token expires and is renewed, by this browser's clock.</summary>
    public TokenLifetime? Lifetime { get; private set; }

    /// <summary>The last load's result (its status and problem when it failed).</summary>
    public ApiResult<DialogDetails>? LastLoad { get; private set; }

    public string Token => Dialog?.DialogToken ?? "";

    /// <summary>Loads the dialog; a load already under way is joined rather than doubled.</summary>
    public Task<ApiResult<DialogDetails>> ReloadAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);

        // Checked by state, not cleared by the load: a load that completes at once must not stay "pending".
        return pending is { IsCompleted: false } ? pending : pending = LoadAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<string?> RenewAsync(CancellationToken cancellationToken) =>
        (await ReloadAsync(cancellationToken)).IsSuccess ? Token : null;

    public void Dispose()
    {
        disposed = true;
        renewal?.Dispose();
        renewal = null;
    }

    private async Task<ApiResult<DialogDetails>> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await load(cancellationToken);
        LastLoad = result;
        if (result.IsSuccess)
        {
            Accept(result.Value);
        }

        Changed?.Invoke();
        return result;
    }

    private void Accept(DialogDetails dialog)
    {
        Dialog = dialog;
        DecodedToken = DecodedDialogToken.TryDecode(dialog.DialogToken, out var decoded) ? decoded : null;
        Lifetime = DecodedToken is null ? null : TokenLifetime.Of(DecodedToken, time.GetUtcNow());
        if (Lifetime is { } lifetime)
        {
            Schedule(lifetime.RenewAt - time.GetUtcNow());
        }
    }

    private void Schedule(TimeSpan delay)
    {
        if (disposed)
        {
            return;
        }

        renewal?.Dispose();
        renewal = time.CreateTimer(_ => _ = RenewInBackgroundAsync(), null, delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
    }

    private async Task RenewInBackgroundAsync()
    {
        if (disposed)
        {
            return;
        }

        try
        {
            if ((await ReloadAsync(CancellationToken.None)).IsSuccess)
            {
                return;
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The next try below, or the page's own load, reports it; a background renewal must not crash the page.
        }

        Schedule(RenewalRetryDelay);
    }
}
