using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.WellKnown;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Keys;

/// <summary>Reports every problem of the keys' options at once, at start-up.</summary>
internal sealed class OptionsSelfValidator :
    IValidateOptions<KeyRotationOptions>,
    IValidateOptions<ConfiguredSigningKeysOptions>,
    IValidateOptions<WellKnownOptions>,
    IValidateOptions<DialogServiceDatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRotationOptions options) => Result(options.Validate());

    public ValidateOptionsResult Validate(string? name, ConfiguredSigningKeysOptions options) => Result(options.Validate());

    public ValidateOptionsResult Validate(string? name, WellKnownOptions options) => Result(options.Validate());

    public ValidateOptionsResult Validate(string? name, DialogServiceDatabaseOptions options) => Result(options.Validate());

    private static ValidateOptionsResult Result(IReadOnlyList<string> errors) =>
        errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}
