using DialogTokens.DialogService.Dialogs;
using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Tests.Keys;

namespace DialogTokens.DialogService.Tests.Dialogs;

/// <summary>The dialog store on an empty, migrated database of each provider.</summary>
public abstract class DialogStoreTests(DialogServiceDatabaseProvider provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_ThenFind_ReturnsAnEqualDialog()
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var store = new DialogStore(database.Databases);
        var dialog = TestDialogs.Create() with { DeletedAt = null, UpdatedAt = TestDialogs.T0.AddMilliseconds(1) };

        Assert.Equal(DialogWriteOutcome.Done, await store.CreateAsync(dialog, Cancel));
        var found = await store.FindAsync(dialog.Id, Cancel);

        AssertSame(dialog, found);
        Assert.Equal(123, found!.CreatedAt.Millisecond);
        Assert.Null(await store.FindAsync(Guid.CreateVersion7(), Cancel));
    }

    [Fact]
    public async Task Create_Twice_AnswersExists_AndKeepsTheFirst()
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var store = new DialogStore(database.Databases);
        var dialog = TestDialogs.Create();
        await store.CreateAsync(dialog, Cancel);

        var second = dialog with { Revision = Guid.CreateVersion7(), Status = DialogStatus.Completed };
        Assert.Equal(DialogWriteOutcome.Exists, await store.CreateAsync(second, Cancel));

        AssertSame(dialog, await store.FindAsync(dialog.Id, Cancel));
    }

    [Fact]
    public async Task Update_WithTheCurrentRevision_IsDone_AndStoresTheNewRevision()
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var store = new DialogStore(database.Databases);
        var dialog = TestDialogs.Create();
        await store.CreateAsync(dialog, Cancel);
        var updated = dialog with
        {
            Revision = Guid.CreateVersion7(),
            Status = DialogStatus.Completed,
            UpdatedAt = dialog.UpdatedAt.AddMinutes(5),
            Document = dialog.Document with { GuiActions = [TestDialogs.Gui("read", null, "https://sp.example/receipt/1", GuiActionPriority.Primary)] },
        };

        Assert.Equal(DialogWriteOutcome.Done, await store.UpdateAsync(updated, dialog.Revision, Cancel));

        AssertSame(updated, await store.FindAsync(dialog.Id, Cancel));
    }

    [Fact]
    public async Task Update_WithAStaleRevision_IsRevisionMismatch_AndChangesNothing()
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var store = new DialogStore(database.Databases);
        var dialog = TestDialogs.Create();
        await store.CreateAsync(dialog, Cancel);
        var first = dialog with { Revision = Guid.CreateVersion7(), Status = DialogStatus.Awaiting };
        Assert.Equal(DialogWriteOutcome.Done, await store.UpdateAsync(first, dialog.Revision, Cancel));

        var stale = dialog with { Revision = Guid.CreateVersion7(), Status = DialogStatus.Completed };
        Assert.Equal(DialogWriteOutcome.RevisionMismatch, await store.UpdateAsync(stale, dialog.Revision, Cancel));

        AssertSame(first, await store.FindAsync(dialog.Id, Cancel));
    }

    [Fact]
    public async Task Update_OfADeletedDialog_IsDeleted_AndChangesNothing()
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var store = new DialogStore(database.Databases);
        var dialog = TestDialogs.Create();
        await store.CreateAsync(dialog, Cancel);
        var deleted = dialog with { Revision = Guid.CreateVersion7(), DeletedAt = dialog.CreatedAt.AddHours(1) };
        Assert.Equal(DialogWriteOutcome.Done, await store.UpdateAsync(deleted, dialog.Revision, Cancel));

        var revived = deleted with { Revision = Guid.CreateVersion7(), DeletedAt = null };
        Assert.Equal(DialogWriteOutcome.Deleted, await store.UpdateAsync(revived, deleted.Revision, Cancel));

        AssertSame(deleted, await store.FindAsync(dialog.Id, Cancel));
    }

    [Fact]
    public async Task Update_OfAMissingDialog_IsNotFound()
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var store = new DialogStore(database.Databases);
        var dialog = TestDialogs.Create();

        Assert.Equal(DialogWriteOutcome.NotFound, await store.UpdateAsync(dialog, dialog.Revision, Cancel));
        Assert.Null(await store.FindAsync(dialog.Id, Cancel));
    }

    [Fact]
    public async Task ConcurrentUpdates_FromTheSameRevision_ExactlyOneIsDone()
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var store = new DialogStore(database.Databases);
        var dialog = TestDialogs.Create();
        await store.CreateAsync(dialog, Cancel);
        var updates = Enumerable.Range(0, 8)
            .Select(i => dialog with { Revision = Guid.CreateVersion7(), UpdatedAt = dialog.UpdatedAt.AddSeconds(i + 1) })
            .ToList();

        var outcomes = await Task.WhenAll(updates.Select(u => Task.Run(() => store.UpdateAsync(u, dialog.Revision, Cancel), Cancel)));

        Assert.Single(outcomes, o => o == DialogWriteOutcome.Done);
        Assert.All(outcomes.Where(o => o != DialogWriteOutcome.Done), o => Assert.Equal(DialogWriteOutcome.RevisionMismatch, o));
        var winner = updates[Array.IndexOf(outcomes, DialogWriteOutcome.Done)];
        AssertSame(winner, await store.FindAsync(dialog.Id, Cancel));
    }

    [Fact]
    public async Task ListByParties_GivesThePartiesLiveDialogs_NewestFirst_UpToTheLimit()
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var store = new DialogStore(database.Databases);
        var oldest = TestDialogs.Create(createdAt: TestDialogs.T0);
        var middle = TestDialogs.Create(createdAt: TestDialogs.T0.AddMinutes(1));
        var newest = TestDialogs.Create(createdAt: TestDialogs.T0.AddMinutes(2));
        var deleted = TestDialogs.Create(createdAt: TestDialogs.T0.AddMinutes(3)) with { DeletedAt = TestDialogs.T0.AddMinutes(4) };
        var organizations = TestDialogs.Create(TestDialogs.Organization, TestDialogs.T0.AddMinutes(5));
        var others = TestDialogs.Create("urn:altinn:person:identifier-no:07837523588", TestDialogs.T0.AddMinutes(6));
        foreach (var dialog in new[] { middle, deleted, oldest, others, newest, organizations })
        {
            Assert.Equal(DialogWriteOutcome.Done, await store.CreateAsync(dialog, Cancel));
        }

        var all = await store.ListByPartiesAsync([TestDialogs.Person], 10, Cancel);
        var limited = await store.ListByPartiesAsync([TestDialogs.Person], 2, Cancel);
        var both = await store.ListByPartiesAsync([TestDialogs.Person, TestDialogs.Organization], 10, Cancel);

        Assert.Equal([newest.Id, middle.Id, oldest.Id], all.Select(d => d.Id));
        Assert.Equal([newest.Id, middle.Id], limited.Select(d => d.Id));
        Assert.Equal([organizations.Id, newest.Id, middle.Id, oldest.Id], both.Select(d => d.Id));
        AssertSame(newest, all[0]);
        Assert.Empty(await store.ListByPartiesAsync([], 10, Cancel));
        Assert.Empty(await store.ListByPartiesAsync(["urn:altinn:person:identifier-no:23919034521"], 10, Cancel));
    }

    /// <summary>Equal field by field; the document compared by value, since its lists are compared by reference in the record.</summary>
    private static void AssertSame(Dialog expected, Dialog? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Document = actual.Document }, actual);
        Assert.Equivalent(expected.Document, actual.Document, strict: true);
    }
}

public sealed class SqliteDialogStoreTests() : DialogStoreTests(DialogServiceDatabaseProvider.Sqlite);

public sealed class PostgreSqlDialogStoreTests() : DialogStoreTests(DialogServiceDatabaseProvider.PostgreSql);
