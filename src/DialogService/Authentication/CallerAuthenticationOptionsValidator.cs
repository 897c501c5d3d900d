using DialogTokens.IdentityProvider;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Authentication;

/// <summary>Reports every problem of the caller authentication options at once, at start-up.</summary>
internal sealed class CallerAuthenticationOptionsValidator(
    IEnumerable<IConfigureOptions<DevelopmentIdentityProviderOptions>> identityProvider)
    : IValidateOptions<CallerAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, CallerAuthenticationOptions options)
    {
        var errors = options.Validate().ToList();

        // A null authority means the in-process provider: without it, discovery would fail on every request instead.
        var inProcess = identityProvider.Any();
        foreach (var (caller, tokens) in new[] { (nameof(options.EndUser), options.EndUser), (nameof(options.ServiceOwner), options.ServiceOwner) })
        {
            if (tokens is { Authority: null } && !inProcess)
            {
                errors.Add($"{CallerAuthenticationOptions.SectionName}:{caller}:{nameof(CallerTokenOptions.Authority)} is required " +
                    "when the development identity provider is not registered (AddDevelopmentIdentityProvider).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
