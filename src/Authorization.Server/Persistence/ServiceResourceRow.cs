namespace DialogTokens.Authorization;

/// <summary>
/// A row of <c>authorization_service_resources</c>: a resource with its policy, the version that counts each change
/// and when the last change was made.
/// </summary>
internal sealed class ServiceResourceRow
{
    public const int IdMaxLength = StoreLimits.ResourceIdMaxLength;
    public const int OrgCodeMaxLength = StoreLimits.OrgCodeMaxLength;
    public const int TitleMaxLength = StoreLimits.ResourceTitleMaxLength;

    public string Id { get; set; } = "";

    public string OwnerOrganizationNumber { get; set; } = "";

    public string OwnerOrgCode { get; set; } = "";

    public string Title { get; set; } = "";

    public string PolicyXml { get; set; } = "";

    /// <summary>1 when inserted, one more on every change; saving the same resource again leaves it as it is.</summary>
    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool Matches(ServiceResource resource) =>
        OwnerOrganizationNumber == resource.OwnerOrganizationNumber
        && OwnerOrgCode == resource.OwnerOrgCode
        && Title == resource.Title
        && PolicyXml == resource.PolicyXml;

    /// <summary>Takes <paramref name="resource"/>'s values; a new version only when something differs.</summary>
    public void Update(ServiceResource resource, DateTimeOffset now)
    {
        if (Version > 0 && Matches(resource))
        {
            return;
        }

        OwnerOrganizationNumber = resource.OwnerOrganizationNumber;
        OwnerOrgCode = resource.OwnerOrgCode;
        Title = resource.Title;
        PolicyXml = resource.PolicyXml;
        Version++;
        UpdatedAt = now;
    }

    public ServiceResource ToServiceResource() => new(Id, OwnerOrganizationNumber, OwnerOrgCode, Title, PolicyXml);
}
