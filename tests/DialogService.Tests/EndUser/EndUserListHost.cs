using DialogTokens.Authorization;
using DialogTokens.DialogService.Dialogs;
using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Tests.Dialogs;
using DialogTokens.DialogService.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace DialogTokens.DialogService.Tests.EndUser;

/// <summary>The dialog service with the demo world, its decisions counted (the decision cache left out, so each is a PDP call).</summary>
public sealed class EndUserListHost : IAsyncLifetime
{
    public DialogServiceTestHost Host { get; private set; } = null!;

    internal CountingDialogAuthorizer Decisions { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Host = await DialogServiceTestHost.StartAsync(DialogServiceDatabaseProvider.Sqlite, services: services =>
        {
            services.AddSingleton(sp => new CountingDialogAuthorizer(new XacmlDialogAuthorizer(sp.GetRequiredService<IXacmlPolicyDecisionPoint>())));
            services.AddTransient<IDialogAuthorizer>(sp => sp.GetRequiredService<CountingDialogAuthorizer>());
        });
        Decisions = Host.Services.GetRequiredService<CountingDialogAuthorizer>();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>Stores a dialog as its service owner would have, changed last at <paramref name="updatedAt"/>.</summary>
    internal async Task<Dialog> StoreAsync(string party, string serviceResource, DateTimeOffset updatedAt, Guid? id = null)
    {
        var dialog = TestDialogs.Create(party, updatedAt) with { Id = id ?? Guid.CreateVersion7(updatedAt), ServiceResource = serviceResource, UpdatedAt = updatedAt };
        Assert.Equal(DialogWriteOutcome.Done, await Host.Services.GetRequiredService<DialogStore>().CreateAsync(dialog, TestContext.Current.CancellationToken));
        return dialog;
    }
}
