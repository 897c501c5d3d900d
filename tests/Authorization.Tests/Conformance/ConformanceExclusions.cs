namespace DialogTokens.Authorization.Tests.Conformance;

/// <summary>
/// The request files of Altinn's test data that need what we deliberately do not build, each with its reason. The same
/// list is the table in docs/authorization.md ("Conformance"); a test keeps the two equal, so a case added to or
/// removed from the data set fails until it is either passing or documented here.
/// </summary>
internal static class ConformanceExclusions
{
    public const string Instance = "names the resource only by urn:altinn:instance-id; Altinn reads app, task and party from Altinn Storage's instance metadata, which we do not keep";
    public const string EnrichmentFixture = "a context-handler fixture without an expected response (Altinn compares the enriched request, built with instance metadata from Altinn Storage)";
    public const string Delegation = "needs delegations from Altinn Access Management (delegated rules, key-role unit delegation, deleted delegations), which we do not build";
    public const string InstanceDelegation = "needs instance delegations from Altinn Access Management, which we do not build";
    public const string SystemUser = "the subject is a system user (urn:altinn:systemuser:uuid) with rights from Access Management; our party model has no system users";
    public const string AccessList = "needs the resource registry's access lists (and access-list authorization of the resource party), which we do not build";
    public const string Consent = "a consent request: subject named by urn:altinn:party:uuid, rights from access lists or party type, none of which we build";
    public const string Oed = "needs roles from the external register of estates (urn:digitaltdodsbo:rolecode, OED), which we do not build";
    public const string PartyUuid = "names the subject by urn:altinn:party:uuid; our party model has no party uuid";

    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AltinnApps/AltinnApps0001DelegationRequest.xml"] = Instance,
        ["AltinnApps/AltinnApps0001Request.xml"] = Instance,
        ["AltinnApps/AltinnApps0002Request.xml"] = Instance,
        ["AltinnApps/AltinnApps0003Request.xml"] = Instance,
        ["AltinnApps/AltinnApps0004Request.xml"] = Instance,
        ["AltinnApps/AltinnApps0005Request.xml"] = Instance,
        ["AltinnApps/AltinnApps0006Request.xml"] = Instance,
        ["AltinnApps/AltinnApps0007Request.json"] = Instance,
        ["AltinnApps/AltinnApps0008Request.json"] = Instance,
        ["AltinnApps/AltinnApps0021EnrichedRequest.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnApps0021Request.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnApps0022EnrichedRequest.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnApps0022Request.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnApps0023EnrichedRequest.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnApps0023Request.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnApps0024EnrichedRequest.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnApps0024Request.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnApps0025EnrichedRequest.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnApps0025Request.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnApps0026EnrichedRequest.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnApps0026Request.xml"] = EnrichmentFixture,
        ["AltinnApps/AltinnAppsOrg1App1_KeyRoleUnitDelegationRequest.json"] = Delegation,
        ["AltinnApps/AltinnAppsOrg1App1_KeyRoleUnitDelegation_MainUnitRequest.json"] = Delegation,
        ["AltinnApps/AltinnAppsOrg1App1_UserDelegationRequest.json"] = Delegation,
        ["AltinnApps/AltinnAppsOrg1App1_UserDelegation_DeletedRequest.json"] = Delegation,
        ["AltinnApps/AltinnAppsOrg1App1_UserDelegation_MainUnitRequest.json"] = Delegation,
        ["AltinnApps/AltinnApps_OedFormuesfullmakt_Json_PermitRequest.json"] = Oed,
        ["AltinnApps/AltinnApps_OedFormuesfullmakt_Xml_PermitRequest.xml"] = Oed,
        ["AltinnApps/AltinnApps_SystemUserWithDelegation_PermitRequest.json"] = SystemUser,
        ["AltinnApps/DelegationPolicyMultiRequest_AltinnAppsOrg1App1AndApp2_UserDelegationRequest.json"] = Delegation,
        ["AltinnApps/InstanceDelegationPolicy_AltinnAppsInstanceOrg1App1_PermitRequest.json"] = InstanceDelegation,
        ["AltinnApps/InstanceDelegationPolicy_AltinnAppsOrg1App1_PermitRequest.json"] = InstanceDelegation,
        ["AltinnApps/InstanceDelegationPolicy_AltinnAppsResourceOrg1App1_DAGLOfOrgDelegation_PermitRequest.json"] = InstanceDelegation,
        ["AltinnApps/InstanceDelegationPolicy_AltinnAppsResourceOrg1App1_OrgSubject_PermitRequest.json"] = InstanceDelegation,
        ["ResourceRegistry/AltinnResourceRegistry_RequestConsent_InValidAccessListRequest.json"] = Consent,
        ["ResourceRegistry/AltinnResourceRegistry_RequestConsent_ValidAccessListRequest.json"] = Consent,
        ["ResourceRegistry/AltinnResourceRegistry_RequestConsent_ValidAccessList_Ver2Request.json"] = Consent,
        ["ResourceRegistry/AltinnResourceRegistry_RequestConsent_ValidPartyTypeRequest.json"] = Consent,
        ["ResourceRegistry/AltinnResourceRegistry_RequestConsent_ValidPartyType_Ver2Request.json"] = Consent,
        ["ResourceRegistry/AltinnResourceRegistry_RequestConsent_ValidPartyType_Ver3Request.json"] = Consent,
        ["ResourceRegistry/ResourceRegistry_AccessListAuthorization_Json_DenyAccessListDontSupportPersonRequest.json"] = AccessList,
        ["ResourceRegistry/ResourceRegistry_AccessListAuthorization_Json_DenyActionFilterNotMatchingRequest.json"] = AccessList,
        ["ResourceRegistry/ResourceRegistry_AccessListAuthorization_Json_DenyRequest.json"] = AccessList,
        ["ResourceRegistry/ResourceRegistry_AccessListAuthorization_Json_PermitRequest.json"] = AccessList,
        ["ResourceRegistry/ResourceRegistry_AccessListAuthorization_Json_PermitWithActionFilterMatchRequest.json"] = AccessList,
        ["ResourceRegistry/ResourceRegistry_AccessPackageUngrantedAction_NotApplicableRequest.json"] = SystemUser,
        ["ResourceRegistry/ResourceRegistry_OedFormuesfullmakt_Json_IndeterminateRequest.json"] = Oed,
        ["ResourceRegistry/ResourceRegistry_OedFormuesfullmakt_Json_PermitRequest.json"] = Oed,
        ["ResourceRegistry/ResourceRegistry_OedFormuesfullmakt_Xml_IndeterminateRequest.xml"] = Oed,
        ["ResourceRegistry/ResourceRegistry_OedFormuesfullmakt_Xml_PermitRequest.xml"] = Oed,
        ["ResourceRegistry/ResourceRegistry_PersonWithAccessPackage_PermitRequest.json"] = PartyUuid,
        ["ResourceRegistry/ResourceRegistry_SubjectWithoutAccessPackage_NotApplicableRequest.json"] = SystemUser,
        ["ResourceRegistry/ResourceRegistry_SystemUserWithDelegation_PermitRequest.json"] = SystemUser,
        ["ResourceRegistry/ResourceRegistry_SystemUserWithDelegations_MultiRequest_PermitRequest.json"] = SystemUser,
        ["ResourceRegistry/ResourceRegistry_SystemUserWithoutDelegation_NotApplicableRequest.json"] = SystemUser,
        ["ResourceRegistry/ResourceRegistry_SystemUser_WithAccessPackage_MultiRequest_PermitRequest.json"] = SystemUser,
    };
}
