using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DialogTokens.Authorization;

/// <summary>
/// Validates <see cref="PolicyDecisionPointOptions"/> at start-up, every problem in one failure; in Embedded mode it
/// also requires an <see cref="IAuthorizationStore"/> to be registered, so a missing store fails at start-up, not at
/// the first dialog.
/// </summary>
internal sealed class PolicyDecisionPointOptionsValidator(IServiceProviderIsService services) : IValidateOptions<PolicyDecisionPointOptions>
{
    public ValidateOptionsResult Validate(string? name, PolicyDecisionPointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate().ToList();
        if (options.Mode == PolicyDecisionPointMode.Embedded && !services.IsService(typeof(IAuthorizationStore)))
        {
            problems.Add("Mode is Embedded, but no IAuthorizationStore is registered: call AddAuthorizationStore(configuration) or register a store.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
