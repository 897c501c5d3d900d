using DialogTokens.DialogService.Dialogs;
using DialogTokens.DialogService.Dialogs.EndUser;
using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Tests.Keys;

namespace DialogTokens.DialogService.Tests.Dialogs;

/// <summary>The end-user list's query on each provider: its order, its keyset continuation and its skipped pairs.</summary>
public abstract class DialogStoreEndUserListTests(DialogServiceDatabaseProvider provider)
{
    private const string OtherResource = "urn:altinn:resource:other-service";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListForEndUser_OrdersByUpdatedAtThenId_Descending_AndResumesStrictlyAfterAPosition()
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var store = new DialogStore(database.Databases);

        // Three changed in the same millisecond: only the id tells them apart. Ids of every shape, so that the
        // database's order of ids is compared with .NET's (SQLite keeps them as text, PostgreSQL as uuid).
        var dialogs = new List<Dialog>();
        foreach (var (id, minutes) in new[] { ("ffffffff-0000-7000-8000-000000000000", 0), ("00000000-ffff-7000-8000-000000000000", 0), ("0000ffff-0000-7000-8000-0000000000ff", 0), ("12345678-9abc-7def-8000-000000000001", 1), ("12345678-9abc-7def-8000-000000000002", 2) })
        {
            var at = TestDialogs.T0.AddMinutes(minutes);
            var dialog = TestDialogs.Create(createdAt: TestDialogs.T0.AddMinutes(-minutes)) with { Id = Guid.Parse(id), UpdatedAt = at };
            dialogs.Add(dialog);
            Assert.Equal(DialogWriteOutcome.Done, await store.CreateAsync(dialog, Cancel));
        }

        await store.CreateAsync(TestDialogs.Create(createdAt: TestDialogs.T0.AddMinutes(5)) with { DeletedAt = TestDialogs.T0.AddMinutes(6) }, Cancel);
        await store.CreateAsync(TestDialogs.Create(TestDialogs.Organization, TestDialogs.T0.AddMinutes(7)), Cancel);
        var expected = dialogs.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id).Select(d => d.Id).ToList();

        var all = await store.ListForEndUserAsync([TestDialogs.Person], null, [], 10, Cancel);
        Assert.Equal(expected, all.Select(d => d.Id));

        var paged = new List<Guid>();
        (long, Guid)? after = null;
        while (await store.ListForEndUserAsync([TestDialogs.Person], after, [], 2, Cancel) is { Count: > 0 } page)
        {
            paged.AddRange(page.Select(d => d.Id));
            var position = DialogListPosition.After(page[^1]);
            after = (position.UpdatedAt, position.Id);
        }

        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task ListForEndUser_LeavesOutTheSkippedPairs_AndOtherParties()
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var store = new DialogStore(database.Databases);
        var kept = TestDialogs.Create(createdAt: TestDialogs.T0);
        var skipped = TestDialogs.Create(createdAt: TestDialogs.T0.AddMinutes(1)) with { ServiceResource = OtherResource };
        var organization = TestDialogs.Create(TestDialogs.Organization, TestDialogs.T0.AddMinutes(2)) with { ServiceResource = OtherResource };
        foreach (var dialog in new[] { kept, skipped, organization })
        {
            Assert.Equal(DialogWriteOutcome.Done, await store.CreateAsync(dialog, Cancel));
        }

        var listed = await store.ListForEndUserAsync([TestDialogs.Person, TestDialogs.Organization], null, [(TestDialogs.Person, OtherResource)], 10, Cancel);

        Assert.Equal([organization.Id, kept.Id], listed.Select(d => d.Id));
        Assert.Empty(await store.ListForEndUserAsync([], null, [], 10, Cancel));
        Assert.Empty(await store.ListForEndUserAsync(["urn:altinn:person:identifier-no:23919034521"], null, [], 10, Cancel));
    }
}

public sealed class SqliteDialogStoreEndUserListTests() : DialogStoreEndUserListTests(DialogServiceDatabaseProvider.Sqlite);

public sealed class PostgreSqlDialogStoreEndUserListTests() : DialogStoreEndUserListTests(DialogServiceDatabaseProvider.PostgreSql);
