namespace DialogTokens.Authorization;

/// <summary>Registers service resources: validates the policy first, so a bad policy never replaces a good one.</summary>
public sealed class ServiceResourceRegistry(IAuthorizationStore store)
{
    /// <summary>Validates and stores <paramref name="resource"/>; on any problem nothing changes.</summary>
    public async Task<IReadOnlyList<PolicyProblem>> RegisterAsync(ServiceResource resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (!PolicyValidator.TryValidate(resource.PolicyXml, out _, out var problems))
        {
            return problems;
        }

        await store.SaveResourceAsync(resource, cancellationToken);
        return [];
    }
}
