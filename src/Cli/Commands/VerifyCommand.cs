using System.CommandLine;
using DialogTokens.Cli.Input;
using DialogTokens.Cli.Output;

namespace DialogTokens.Cli.Commands;

/// <summary>
/// <c>verify [TOKEN | -] --jwks FILE|URL [--issuer URL] [--dialog UUID] [--action ACTION[,ATTRIBUTE]]... [--at ISO8601]
/// [--clock-skew SECONDS] [--max-lifetime SECONDS] [--json]</c>: exit 0 when valid, 1 when invalid, 2 on a usage error.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var token = TokenInput.CreateArgument();
        var jwks = new Option<string>("--jwks")
        {
            Description = "The issuer's keys: a JWKS file, a JWKS URL, or the issuer's /.well-known/oauth-authorization-server URL.",
            HelpName = "FILE|URL",
            Required = true,
        };
        var issuer = new Option<string>("--issuer")
        {
            Description = "The issuer that iss must equal; by default the issuer metadata's, else not checked.",
            HelpName = "URL",
            CustomParser = OptionValues.HttpUri,
        };
        var dialog = new Option<Guid?>("--dialog") { Description = "The dialog id that i must equal.", HelpName = "UUID", CustomParser = r => OptionValues.DialogId(r) };
        var actions = new Option<DialogAction[]>("--action")
        {
            Description = "An action the token must grant, e.g. read or delete,urn:altinn:task:Task_1; repeat for more (all are required).",
            HelpName = "ACTION[,ATTRIBUTE]",
            CustomParser = OptionValues.Actions,
        };
        var at = new Option<DateTimeOffset?>("--at")
        {
            Description = "Verify as of this instant instead of now, e.g. 2025-02-14T09:00:00Z.",
            HelpName = "ISO8601",
            CustomParser = r => OptionValues.Instant(r),
        };
        var clockSkew = new Option<int>("--clock-skew")
        {
            Description = $"Seconds of clock difference allowed for nbf, exp and iat; 0 to {(int)DialogTokenValidationOptions.MaxClockSkew.TotalSeconds}.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => (int)DialogTokenValidationOptions.DefaultClockSkew.TotalSeconds,
            CustomParser = r => OptionValues.Seconds(r, 0, (int)DialogTokenValidationOptions.MaxClockSkew.TotalSeconds, example: 10),
        };
        var maxLifetime = new Option<int>("--max-lifetime")
        {
            Description = $"The longest lifetime (exp - iat) accepted, in seconds; 1 to {(int)DialogTokenValidationOptions.LongestMaxTokenLifetime.TotalSeconds}.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => (int)DialogTokenValidationOptions.DefaultMaxTokenLifetime.TotalSeconds,
            CustomParser = r => OptionValues.Seconds(r, 1, (int)DialogTokenValidationOptions.LongestMaxTokenLifetime.TotalSeconds, example: 600),
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };

        var command = new Command("verify", "Verify a token's signature, times, issuer, dialog and actions. Exit 0 valid, 1 invalid, 2 usage error.")
        {
            token, jwks, issuer, dialog, actions, at, clockSkew, maxLifetime, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var encoded = await TokenInput.ReadAsync(parseResult.GetValue(token), console.In, cancellationToken);
            var keys = await KeySetSource.LoadAsync(parseResult.GetRequiredValue(jwks), cancellationToken);
            var options = new DialogTokenValidationOptions
            {
                Issuer = parseResult.GetValue(issuer) ?? keys.MetadataIssuer,
                ClockSkew = TimeSpan.FromSeconds(parseResult.GetValue(clockSkew)),
                MaxTokenLifetime = TimeSpan.FromSeconds(parseResult.GetValue(maxLifetime)),
                CacheVerifiedTokens = false,
            };
            if (options.Validate() is [var problem, ..])
            {
                throw new UsageException($"{problem} Check --issuer, or the issuer in the metadata at --jwks.");
            }

            var time = parseResult.GetValue(at) is { } instant ? new FixedTimeProvider(instant) : console.Time;
            var verifier = new DialogTokenVerifier(keys.Keys, options, time);
            var result = verifier.Verify(encoded, parseResult.GetValue(dialog), parseResult.GetValue(actions) ?? []);
            VerifyReport.Write(console, result, options.Issuer, time.GetUtcNow(), parseResult.GetValue(json));
            return result.IsValid ? ExitCodes.Success : ExitCodes.Invalid;
        });
        return command;
    }
}
