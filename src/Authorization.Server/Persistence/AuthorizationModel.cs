using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DialogTokens.Authorization;

/// <summary>The tables, keys and indexes of the authorization store, the same on every provider.</summary>
internal static class AuthorizationModel
{
    public static void Build(ModelBuilder model)
    {
        model.Entity<PartyRow>(Party);
        model.Entity<ServiceResourceRow>(Resource);
        model.Entity<RoleAssignmentRow>(Role);
        model.Entity<AccessPackageAssignmentRow>(AccessPackage);

        // snake_case columns read naturally in psql and sqlite3 alike.
        foreach (var property in model.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            property.SetColumnName(SnakeCase(property.Name));
        }
    }

    private static void Party(EntityTypeBuilder<PartyRow> party)
    {
        party.ToTable("authorization_parties");
        party.HasKey(p => p.PartyId);
        party.Property(p => p.PartyId).ValueGeneratedNever();
        party.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        party.Property(p => p.Name).HasMaxLength(PartyRow.NameMaxLength);
        party.Property(p => p.PersonIdentifier).HasMaxLength(11);
        party.Property(p => p.OrganizationNumber).HasMaxLength(9);
        party.HasIndex(p => p.PersonIdentifier).IsUnique();
        party.HasIndex(p => p.OrganizationNumber).IsUnique();
        party.HasIndex(p => p.UserId).IsUnique();
        party.HasOne<PartyRow>().WithMany().HasForeignKey(p => p.MainUnitPartyId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("FK_authorization_parties_main_unit");
    }

    private static void Resource(EntityTypeBuilder<ServiceResourceRow> resource)
    {
        resource.ToTable("authorization_service_resources");
        resource.HasKey(r => r.Id);
        resource.Property(r => r.Id).HasMaxLength(ServiceResourceRow.IdMaxLength);
        resource.Property(r => r.OwnerOrganizationNumber).HasMaxLength(9);
        resource.Property(r => r.OwnerOrgCode).HasMaxLength(ServiceResourceRow.OrgCodeMaxLength);
        resource.Property(r => r.Title).HasMaxLength(ServiceResourceRow.TitleMaxLength);
    }

    private static void Role(EntityTypeBuilder<RoleAssignmentRow> role)
    {
        role.ToTable("authorization_role_assignments");

        // The key leads with holder and party: it is the index for "which roles does X hold for Y".
        role.HasKey(r => new { r.HolderPartyId, r.ForPartyId, r.RoleCode });
        role.Property(r => r.RoleCode).HasMaxLength(RoleAssignmentRow.RoleCodeMaxLength);
        role.HasOne<PartyRow>().WithMany().HasForeignKey(r => r.HolderPartyId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("FK_authorization_role_assignments_holder");
        role.HasOne<PartyRow>().WithMany().HasForeignKey(r => r.ForPartyId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("FK_authorization_role_assignments_for");
    }

    private static void AccessPackage(EntityTypeBuilder<AccessPackageAssignmentRow> package)
    {
        package.ToTable("authorization_access_package_assignments");
        package.HasKey(p => new { p.HolderPartyId, p.ForPartyId, p.AccessPackage });
        package.Property(p => p.AccessPackage).HasMaxLength(AccessPackageAssignmentRow.AccessPackageMaxLength);
        package.HasOne<PartyRow>().WithMany().HasForeignKey(p => p.HolderPartyId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("FK_authorization_access_package_assignments_holder");
        package.HasOne<PartyRow>().WithMany().HasForeignKey(p => p.ForPartyId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("FK_authorization_access_package_assignments_for");
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
