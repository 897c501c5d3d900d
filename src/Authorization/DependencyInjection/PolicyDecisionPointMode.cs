namespace DialogTokens.Authorization;

/// <summary>Which policy decision point the dialog service asks.</summary>
public enum PolicyDecisionPointMode
{
    /// <summary>Altinn's engine in process, over the local store of parties, roles, access packages and policies (the default).</summary>
    Embedded,

    /// <summary>A remote PDP speaking Altinn Authorization's XACML JSON API (ours, or Altinn's own), through <see cref="HttpPolicyDecisionPoint"/>.</summary>
    Remote,
}
