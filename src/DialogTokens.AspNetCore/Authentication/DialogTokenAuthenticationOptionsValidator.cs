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

        // The issuer was checked above; the verifier's own options add the ranges of the clock skew and the lifetime, and
        // the form of the service resource and the party.
        problems.AddRange(ToValidationOptions(options, issuer: null).Validate());
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(problem => $"Dialog token scheme '{name}': {problem}"));
    }

    /// <summary>The verifier's options of a scheme; the issuer is the discovery's unless given.</summary>
    internal static DialogTokenValidationOptions ToValidationOptions(DialogTokenAuthenticationOptions options, string? issuer) => new()
    {
        Issuer = issuer,
        ClockSkew = options.ClockSkew,
        MaxTokenLifetime = options.MaxTokenLifetime,
        ServiceResource = options.ServiceResource,
        Party = options.Party,
        CacheVerifiedTokens = options.CacheVerifiedTokens,
    };
}
