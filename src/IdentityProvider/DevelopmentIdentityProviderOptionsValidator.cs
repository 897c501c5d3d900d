using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DialogTokens.IdentityProvider;

/// <summary>Validates the options at start-up and reports every error at once.</summary>
internal sealed class DevelopmentIdentityProviderOptionsValidator(IHostEnvironment environment)
    : IValidateOptions<DevelopmentIdentityProviderOptions>
{
    public ValidateOptionsResult Validate(string? name, DevelopmentIdentityProviderOptions options)
    {
        var errors = new List<string>();
        if (!environment.IsDevelopment() && !options.AllowOutsideDevelopment)
        {
            errors.Add(
                $"The development identity provider refuses to start in the '{environment.EnvironmentName}' " +
                "environment: it issues any token to anyone. Run in Development, or set " +
                $"{DevelopmentIdentityProviderOptions.SectionName}:{nameof(options.AllowOutsideDevelopment)}=true.");
        }

        if (string.IsNullOrEmpty(options.BasePath) || options.BasePath[0] != '/' || options.BasePath.EndsWith('/'))
        {
            errors.Add($"{nameof(options.BasePath)} must start with '/' and not end with '/'.");
        }

        if (options.Issuer is { IsAbsoluteUri: false })
        {
            errors.Add($"{nameof(options.Issuer)} must be an absolute URI.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            errors.Add($"{nameof(options.Audience)} is required.");
        }

        if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromDays(1))
        {
            errors.Add($"{nameof(options.TokenLifetime)} must be between 1 minute and 1 day.");
        }

        if (string.IsNullOrWhiteSpace(options.PortalClientId))
        {
            errors.Add($"{nameof(options.PortalClientId)} is required.");
        }

        if (options.PortalRedirectUris.Any(uri => !uri.IsAbsoluteUri))
        {
            errors.Add($"{nameof(options.PortalRedirectUris)} must be absolute URIs.");
        }

        if (options.SigningKeyPem is not null && !SigningKeys.IsValid(options.SigningKeyPem))
        {
            errors.Add($"{nameof(options.SigningKeyPem)} is not a PEM encoded RSA or EC P-256 private key.");
        }

        foreach (var person in options.TestPersons)
        {
            if (string.IsNullOrWhiteSpace(person.Name) || !Identifiers.IsPid(person.Pid))
            {
                errors.Add($"Test person '{person.Name}' needs a name and an 11-digit pid.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
