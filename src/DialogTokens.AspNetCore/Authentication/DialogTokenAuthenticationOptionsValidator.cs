using Microsoft.Extensions.Options;

namespace DialogTokens.AspNetCore;

/// <summary>Reports every problem of a dialog token scheme's options at once, when the host starts.</summary>
internal sealed class DialogTokenAuthenticationOptionsValidator : IValidateOptions<DialogTokenAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, DialogTokenAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.Discovery is null)
        {
            problems.Add("Discovery must not be null.");
        }
        else
        {
            // Authority, Issuer and AllowHttp were copied into Discovery (post-configure), so it checks them too.
            problems.AddRange(options.Discovery.Validate());
        }

        if (options.Validation is null)
        {
            problems.Add("Validation must not be null.");
        }
        else
        {
            // The issuer was checked above; the validation options add the ranges of the clock skew, the lifetime, the
            // token length and the cache, and the form of the service resource and the party.
            problems.AddRange(options.Validation.Validate().Select(problem => $"Validation: {problem}"));
        }

        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(problem => $"Dialog token scheme '{name}': {problem}"));
    }
}
