using Microsoft.Extensions.Options;

namespace DialogTokens.Authorization;

/// <summary>Reports every problem of <see cref="AuthorizationStoreOptions"/> at once, at start-up.</summary>
internal sealed class AuthorizationStoreOptionsValidator : IValidateOptions<AuthorizationStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthorizationStoreOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
