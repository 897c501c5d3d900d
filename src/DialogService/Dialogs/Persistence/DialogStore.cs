using DialogTokens.DialogService.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DialogTokens.DialogService.Dialogs.Persistence;

/// <summary>What became of a write.</summary>
internal enum DialogWriteOutcome
{
    Done,
    NotFound,
    Deleted,
    RevisionMismatch,
    Exists,
}

/// <summary>
/// Reads and writes dialogs. Every write is one statement in its own transaction, guarded by the revision it expects,
/// so two racing updates never both win: the second gets <see cref="DialogWriteOutcome.RevisionMismatch"/>.
/// </summary>
internal sealed class DialogStore(DialogServiceDbContextFactory contexts)
{
    public async Task<Dialog?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Dialogs.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        return row?.ToDialog();
    }

    public async Task<DialogWriteOutcome> CreateAsync(Dialog dialog, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var row = new DialogRow();
        row.CopyFrom(dialog);
        db.Dialogs.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return DialogWriteOutcome.Done;
        }
        catch (DbUpdateException)
        {
            // The primary key refused the insert: the id is taken (asked only then, so a create is one statement).
            if (await ExistsAsync(dialog.Id, cancellationToken).ConfigureAwait(false))
            {
                return DialogWriteOutcome.Exists;
            }

            throw;
        }
    }

    /// <summary>Replaces the dialog with <paramref name="updated"/> if its revision is still <paramref name="expectedRevision"/>.</summary>
    public async Task<DialogWriteOutcome> UpdateAsync(Dialog updated, Guid expectedRevision, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var row = new DialogRow();
        row.CopyFrom(updated);

        // One guarded UPDATE: a write or delete that landed after the caller read the dialog makes it touch no row.
        var changed = await db.Dialogs
            .Where(d => d.Id == row.Id && d.Revision == expectedRevision && d.DeletedAt == null)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(d => d.Revision, row.Revision)
                    .SetProperty(d => d.ServiceResource, row.ServiceResource)
                    .SetProperty(d => d.Party, row.Party)
                    .SetProperty(d => d.Org, row.Org)
                    .SetProperty(d => d.ServiceOwner, row.ServiceOwner)
                    .SetProperty(d => d.Status, row.Status)
                    .SetProperty(d => d.CreatedAt, row.CreatedAt)
                    .SetProperty(d => d.UpdatedAt, row.UpdatedAt)
                    .SetProperty(d => d.DeletedAt, row.DeletedAt)
                    .SetProperty(d => d.Document, row.Document),
                cancellationToken)
            .ConfigureAwait(false);
        if (changed == 1)
        {
            return DialogWriteOutcome.Done;
        }

        // Refused: only now is the row read, to say why.
        var current = await db.Dialogs.AsNoTracking().Where(d => d.Id == row.Id).Select(d => new { d.DeletedAt }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return current is null ? DialogWriteOutcome.NotFound
            : current.DeletedAt is not null ? DialogWriteOutcome.Deleted
            : DialogWriteOutcome.RevisionMismatch;
    }

    /// <summary>The dialogs of <paramref name="parties"/> that are not deleted, newest first.</summary>
    public async Task<IReadOnlyList<Dialog>> ListByPartiesAsync(IReadOnlyCollection<string> parties, int limit, CancellationToken cancellationToken = default)
    {
        if (parties.Count == 0)
        {
            return [];
        }

        await using var db = contexts.CreateDbContext();
        var rows = await db.Dialogs.AsNoTracking()
            .Where(d => parties.Contains(d.Party) && d.DeletedAt == null)
            .OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id)
            .Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(r => r.ToDialog());
    }

    /// <summary>
    /// One page of the end user's list before authorization: the dialogs of <paramref name="parties"/> that are not
    /// deleted, latest change first (updatedAt desc, then id desc), strictly after <paramref name="after"/>, without the
    /// (party, service resource) pairs of <paramref name="skipped"/> (those the caller may not read, decided already).
    /// </summary>
    public async Task<IReadOnlyList<Dialog>> ListForEndUserAsync(
        IReadOnlyCollection<string> parties,
        (long UpdatedAt, Guid Id)? after,
        IReadOnlyCollection<(string Party, string ServiceResource)> skipped,
        int limit,
        CancellationToken cancellationToken = default)
    {
        if (parties.Count == 0)
        {
            return [];
        }

        await using var db = contexts.CreateDbContext();
        var query = db.Dialogs.AsNoTracking().Where(d => parties.Contains(d.Party) && d.DeletedAt == null);
        if (after is var (updatedAt, id))
        {
            query = query.Where(d => d.UpdatedAt < updatedAt || (d.UpdatedAt == updatedAt && d.Id.CompareTo(id) < 0));
        }

        if (skipped.Count > 0)
        {
            // A newline is in no party URN or resource id, so the joined pair is unambiguous.
            var keys = skipped.Select(s => s.Party + "\n" + s.ServiceResource).ToList();
            query = query.Where(d => !keys.Contains(d.Party + "\n" + d.ServiceResource));
        }

        var rows = await query
            .OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id)
            .Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(r => r.ToDialog());
    }

    private async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Dialogs.AnyAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
    }
}
