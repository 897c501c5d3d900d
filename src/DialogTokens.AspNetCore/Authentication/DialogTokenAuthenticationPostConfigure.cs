using Microsoft.Extensions.Options;

namespace DialogTokens.AspNetCore;

/// <summary>Derives the key discovery's and the validation's settings from the scheme's: the top-level ones are documented, and win.</summary>
internal sealed class DialogTokenAuthenticationPostConfigure : IPostConfigureOptions<DialogTokenAuthenticationOptions>
{
    public void PostConfigure(string? name, DialogTokenAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Discovery is not { } discovery)
        {
            return; // the validator reports it
        }

        options.Authority ??= discovery.Authority;
        options.Issuer ??= discovery.Issuer ?? options.Validation?.Issuer;
        options.AllowHttp |= discovery.AllowHttp;
        discovery.Authority = options.Authority;
        discovery.Issuer = options.Issuer;
        discovery.AllowHttp = options.AllowHttp;
        if (options.Validation is { } validation)
        {
            // Null: the issuer discovery derives from the authority, which the validator then requires.
            validation.Issuer = options.Issuer;
        }
    }
}
