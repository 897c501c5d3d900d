namespace DialogTokens.Authorization;

/// <summary>A row of <c>authorization_role_assignments</c>: <see cref="HolderPartyId"/> holds <see cref="RoleCode"/> for <see cref="ForPartyId"/>.</summary>
internal sealed record RoleAssignmentRow
{
    public const int RoleCodeMaxLength = StoreLimits.RoleCodeMaxLength;

    public int HolderPartyId { get; init; }

    public int ForPartyId { get; init; }

    public string RoleCode { get; init; } = "";

    public static RoleAssignmentRow From(RoleAssignment role) => new() { HolderPartyId = role.HolderPartyId, ForPartyId = role.ForPartyId, RoleCode = role.RoleCode };
}

/// <summary>A row of <c>authorization_access_package_assignments</c>: <see cref="HolderPartyId"/> holds <see cref="AccessPackage"/> for <see cref="ForPartyId"/>.</summary>
internal sealed record AccessPackageAssignmentRow
{
    public const int AccessPackageMaxLength = StoreLimits.AccessPackageMaxLength;

    public int HolderPartyId { get; init; }

    public int ForPartyId { get; init; }

    public string AccessPackage { get; init; } = "";

    public static AccessPackageAssignmentRow From(AccessPackageAssignment package) =>
        new() { HolderPartyId = package.HolderPartyId, ForPartyId = package.ForPartyId, AccessPackage = package.AccessPackage };
}
