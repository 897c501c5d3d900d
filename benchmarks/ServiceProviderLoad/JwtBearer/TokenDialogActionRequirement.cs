using Microsoft.AspNetCore.Authorization;

namespace DialogTokens.Benchmarks.ServiceProviderLoad.JwtBearer;

/// <summary>The JwtBearer user's token is for the route's dialog (<c>i</c>) and grants <see cref="Action"/> on its main resource (<c>a</c>).</summary>
internal sealed record TokenDialogActionRequirement(string Action) : IAuthorizationRequirement;
