namespace DialogTokens.DialogService.Authentication;

/// <summary>
/// Authorization policies for the dialog service's APIs: each authenticates with its <see cref="CallerSchemes"/> scheme
/// and requires the configured scope (<see cref="CallerTokenOptions.RequiredScope"/>).
/// </summary>
public static class CallerPolicies
{
    /// <summary>An end user with the end-user scope (default <c>digdir:dialogporten</c>).</summary>
    public const string EndUser = "EndUser";

    /// <summary>A service owner with the service-owner scope (default <c>digdir:dialogporten.serviceprovider</c>).</summary>
    public const string ServiceOwner = "ServiceOwner";

    /// <summary>
    /// A caller of the policy decision point: an organization's service-owner style (Maskinporten) token, with the
    /// scope <see cref="CallerAuthenticationOptions.PolicyDecisionPointScope"/> (default <c>altinn:authorization/authorize</c>).
    /// </summary>
    public const string PolicyDecisionPoint = "PolicyDecisionPoint";
}
