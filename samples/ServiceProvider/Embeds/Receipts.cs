using System.Collections.Concurrent;

namespace DialogTokens.Samples.ServiceProvider.Embeds;

/// <summary>What the sample remembers per dialog for its embeds: who submitted it, and when. In memory.</summary>
public sealed class Receipts
{
    private readonly ConcurrentDictionary<Guid, Receipt> byDialog = new();

    public void Add(Guid dialogId, string submittedBy, DateTimeOffset at) => byDialog[dialogId] = new Receipt(submittedBy, at);

    public Receipt? Find(Guid dialogId) => byDialog.GetValueOrDefault(dialogId);
}

/// <summary>A submission.</summary>
public sealed record Receipt(string SubmittedBy, DateTimeOffset At);
