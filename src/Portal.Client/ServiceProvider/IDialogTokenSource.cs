namespace DialogTokens.Portal.Client.ServiceProvider;

/// <summary>Where calls to the service provider get the dialog token: the current one, and a fresh one on demand.</summary>
public interface IDialogTokenSource
{
    /// <summary>The dialog token of the dialog as last fetched.</summary>
    string Token { get; }

    /// <summary>Fetches the dialog again for a fresh token; null when that failed (the caller then keeps its answer).</summary>
    Task<string?> RenewAsync(CancellationToken cancellationToken);
}
