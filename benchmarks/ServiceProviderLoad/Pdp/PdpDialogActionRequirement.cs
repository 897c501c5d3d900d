using Microsoft.AspNetCore.Authorization;

namespace DialogTokens.Benchmarks.ServiceProviderLoad.Pdp;

/// <summary>The policy decision point permits <see cref="Action"/> on the route's dialog for the user, asked on every request.</summary>
internal sealed record PdpDialogActionRequirement(string Action) : IAuthorizationRequirement;
