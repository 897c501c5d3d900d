using Microsoft.EntityFrameworkCore;

namespace DialogTokens.Authorization;

/// <summary>Importing: one transaction, upserts, all of it or nothing.</summary>
public sealed partial class EfAuthorizationStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// Parties and resources are inserted or replaced by key; role and access package assignments are added when
    /// missing, and, with <see cref="AuthorizationData.ReplacesRights"/>, those held by or for a party of the batch that
    /// the batch does not list are deleted in the same transaction (otherwise import never removes anything).
    /// Importing the same data twice changes nothing, and a resource's version moves only when its content changes.
    /// </remarks>
    /// <exception cref="ArgumentException">A row is malformed or repeated (every problem listed); nothing was written.</exception>
    /// <exception cref="DbUpdateException">The database refused a row, e.g. a party that exists nowhere; nothing was written.</exception>
    public async Task ImportAsync(AuthorizationData data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var problems = AuthorizationDataCheck.Problems(data);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The data to import is not valid: " + string.Join(" ", problems), nameof(data));
        }

        await using var db = contexts.CreateDbContext();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            (db, data, now: timeProvider.GetUtcNow()),
            static async (_, state, ct) =>
            {
                var (db, data, now) = state;
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);

                // Parties first, in their own round trip, so that the rights below find them.
                await UpsertPartiesAsync(db, data.Parties, ct);
                await db.SaveChangesAsync(ct);
                if (data.ReplacesRights)
                {
                    await RemoveUnlistedRightsAsync(db, data, ct);
                }

                await AddMissingRolesAsync(db, data.Roles, ct);
                await AddMissingAccessPackagesAsync(db, data.AccessPackages, ct);
                await db.SaveChangesAsync(ct);
                await UpsertResourcesAsync(db, data.Resources, now, ct);
                await db.SaveChangesAsync(ct);

                await transaction.CommitAsync(ct);
                return true;
            },
            verifySucceeded: null,
            cancellationToken);
    }

    private static async Task UpsertPartiesAsync(AuthorizationDbContext db, IReadOnlyList<Party> parties, CancellationToken cancellationToken)
    {
        var ids = parties.Select(p => p.PartyId).ToList();
        var existing = await db.Parties.Where(p => ids.Contains(p.PartyId)).ToDictionaryAsync(p => p.PartyId, cancellationToken);
        foreach (var party in parties)
        {
            if (existing.TryGetValue(party.PartyId, out var row))
            {
                row.CopyFrom(party);
            }
            else
            {
                db.Parties.Add(PartyRow.From(party));
            }
        }
    }

    /// <summary>Deletes the rights held by or for a party of the batch that the batch does not list.</summary>
    private static async Task RemoveUnlistedRightsAsync(AuthorizationDbContext db, AuthorizationData data, CancellationToken cancellationToken)
    {
        var ids = data.Parties.Select(p => p.PartyId).ToList();
        var roles = data.Roles.Select(RoleAssignmentRow.From).ToHashSet();
        var staleRoles = (await db.RoleAssignments.AsNoTracking()
            .Where(r => ids.Contains(r.HolderPartyId) || ids.Contains(r.ForPartyId))
            .ToListAsync(cancellationToken)).Where(r => !roles.Contains(r)).ToList();
        var packages = data.AccessPackages.Select(AccessPackageAssignmentRow.From).ToHashSet();
        var stalePackages = (await db.AccessPackageAssignments.AsNoTracking()
            .Where(p => ids.Contains(p.HolderPartyId) || ids.Contains(p.ForPartyId))
            .ToListAsync(cancellationToken)).Where(p => !packages.Contains(p)).ToList();
        db.RoleAssignments.RemoveRange(staleRoles);
        db.AccessPackageAssignments.RemoveRange(stalePackages);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task AddMissingRolesAsync(AuthorizationDbContext db, IReadOnlyList<RoleAssignment> roles, CancellationToken cancellationToken)
    {
        var holders = roles.Select(r => r.HolderPartyId).Distinct().ToList();
        var existing = (await db.RoleAssignments.AsNoTracking().Where(r => holders.Contains(r.HolderPartyId)).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var row in roles.Select(RoleAssignmentRow.From).Distinct())
        {
            if (existing.Add(row))
            {
                db.RoleAssignments.Add(row);
            }
        }
    }

    private static async Task AddMissingAccessPackagesAsync(AuthorizationDbContext db, IReadOnlyList<AccessPackageAssignment> packages, CancellationToken cancellationToken)
    {
        var holders = packages.Select(p => p.HolderPartyId).Distinct().ToList();
        var existing = (await db.AccessPackageAssignments.AsNoTracking().Where(p => holders.Contains(p.HolderPartyId)).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var row in packages.Select(AccessPackageAssignmentRow.From).Distinct())
        {
            if (existing.Add(row))
            {
                db.AccessPackageAssignments.Add(row);
            }
        }
    }

    private static async Task UpsertResourcesAsync(AuthorizationDbContext db, IReadOnlyList<ServiceResource> resources, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = resources.Select(r => r.Id).ToList();
        var existing = await db.Resources.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var resource in resources)
        {
            if (!existing.TryGetValue(resource.Id, out var row))
            {
                row = new ServiceResourceRow { Id = resource.Id };
                db.Resources.Add(row);
            }

            row.Update(resource, now);
        }
    }
}
