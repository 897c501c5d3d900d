using Microsoft.EntityFrameworkCore;

namespace DialogTokens.Authorization.Tests.Persistence;

/// <summary>Every row of the store, ordered, so that two snapshots compare equal exactly when nothing changed.</summary>
internal sealed record StoreSnapshot(string Parties, string Roles, string AccessPackages, string Resources)
{
    public bool IsEmpty => Parties.Length == 0 && Roles.Length == 0 && AccessPackages.Length == 0 && Resources.Length == 0;

    public static async Task<StoreSnapshot> TakeAsync(AuthorizationDbContext db)
    {
        await using (db)
        {
            var parties = (await db.Parties.AsNoTracking().ToListAsync()).OrderBy(p => p.PartyId)
                .Select(p => $"{p.PartyId}|{p.Kind}|{p.Name}|{p.PersonIdentifier}|{p.OrganizationNumber}|{p.MainUnitPartyId}|{p.UserId}");
            var roles = (await db.RoleAssignments.AsNoTracking().ToListAsync()).Select(r => $"{r.HolderPartyId}|{r.ForPartyId}|{r.RoleCode}").Order(StringComparer.Ordinal);
            var packages = (await db.AccessPackageAssignments.AsNoTracking().ToListAsync()).Select(p => $"{p.HolderPartyId}|{p.ForPartyId}|{p.AccessPackage}").Order(StringComparer.Ordinal);
            var resources = (await db.Resources.AsNoTracking().ToListAsync()).OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => $"{r.Id}|{r.OwnerOrganizationNumber}|{r.OwnerOrgCode}|{r.Title}|{r.PolicyXml.GetHashCode(StringComparison.Ordinal)}|{r.Version}|{r.UpdatedAt.ToUnixTimeMilliseconds()}");
            return new StoreSnapshot(Join(parties), Join(roles), Join(packages), Join(resources));
        }
    }

    private static string Join(IEnumerable<string> rows) => string.Join("\n", rows);
}
