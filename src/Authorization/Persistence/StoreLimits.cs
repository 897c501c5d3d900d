namespace DialogTokens.Authorization;

/// <summary>
/// The longest values a store keeps, the same for every store (in memory, SQLite, PostgreSQL), so that data one store
/// accepts, every other does too. The EF columns are sized from these.
/// </summary>
internal static class StoreLimits
{
    public const int RoleCodeMaxLength = 64;
    public const int AccessPackageMaxLength = 255;
    public const int PartyNameMaxLength = 500;
    public const int ResourceIdMaxLength = 255;
    public const int OrgCodeMaxLength = 32;
    public const int ResourceTitleMaxLength = 500;
}
