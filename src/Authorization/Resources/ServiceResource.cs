namespace DialogTokens.Authorization;

/// <summary>A service resource of the resource registry with its XACML 3.0 policy.</summary>
/// <param name="Id">The resource id, as in <c>urn:altinn:resource:&lt;id&gt;</c> (without the prefix).</param>
/// <param name="OwnerOrganizationNumber">The owning organization's 9-digit organization number.</param>
/// <param name="OwnerOrgCode">The owner's short org code, e.g. <c>ttd</c>, <c>skd</c>.</param>
/// <param name="Title">A human title.</param>
/// <param name="PolicyXml">The XACML 3.0 policy, as Altinn's resource registry writes it.</param>
public sealed record ServiceResource(string Id, string OwnerOrganizationNumber, string OwnerOrgCode, string Title, string PolicyXml)
{
    /// <summary>The resource prefix of a service resource URN.</summary>
    public const string UrnPrefix = "urn:altinn:resource:";

    /// <summary><c>urn:altinn:resource:&lt;id&gt;</c>.</summary>
    public string Urn => UrnPrefix + Id;
}
